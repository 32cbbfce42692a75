// TableReader: work in progress in this session.
