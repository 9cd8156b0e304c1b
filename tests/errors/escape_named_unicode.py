print("\N{BULLET}")
