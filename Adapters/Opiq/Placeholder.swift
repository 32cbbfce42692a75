// OpiqAdapter: being written in this session.
