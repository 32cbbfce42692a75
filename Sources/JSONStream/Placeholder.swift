// JSONStream: work in progress in this session.
