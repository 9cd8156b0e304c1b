# A starred target must be an item of a tuple or list (PEP 3132).
*head = [1, 2]
