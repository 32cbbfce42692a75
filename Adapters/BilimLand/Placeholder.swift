// BilimLandAdapter: being written in this session.
