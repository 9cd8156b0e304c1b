# yieldc.mk: build rules for C projects that compile Python with yieldc.
#
#   include $(PREFIX)/share/yieldc/yieldc.mk
#   app: main.o counter.o
#   	$(CC) -o $@ main.o counter.o $(YIELDC_LIBS)
#
# A pattern rule makes NAME.c and its header NAME.h from NAME.py, with a
# depfile, and compiles the .c with YIELDC_NO_MAIN (the C program has the
# main).  YIELDC may name another yieldc; YIELDC_CFLAGS and YIELDC_LIBS are
# what the runtime needs.

YIELDC ?= yieldc
YIELDC_CFLAGS := $(shell $(YIELDC) --cflags)
YIELDC_LIBS := $(shell $(YIELDC) --libs)

%.c %.h: %.py
	$(YIELDC) $< -o $*.c --header $*.h -MD

-include $(wildcard *.d)
