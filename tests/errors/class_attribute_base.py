class E(errors.Base):
    pass
