// BilimClassAdapter: being written in this session.
