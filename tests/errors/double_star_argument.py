print(**{'sep': '-'})
