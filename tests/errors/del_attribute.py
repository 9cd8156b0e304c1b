del obj.attr
