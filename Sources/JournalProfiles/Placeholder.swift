// JournalProfiles: being written in this session.
