# An error in a module the program imports names that module's file.
import itertools
import mod_syntax
