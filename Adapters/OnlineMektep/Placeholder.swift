// OnlineMektepAdapter: being written in this session.
