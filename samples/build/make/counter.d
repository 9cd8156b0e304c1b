counter.c counter.h: counter.py
