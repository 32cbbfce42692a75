// KundelikAdapter: being written in this session.
