// XMLStream: work in progress in this session.
