import Foundation

/// A failed file operation in plain words, for a message: "the disk is full", "permission denied".
///
/// Foundation's own descriptions (`Error Domain=NSCocoaErrorDomain Code=640 …`) are for developers;
/// no such text reaches a user. The reason is found from the error's code (Cocoa file errors and
/// POSIX `errno` values), and anything else is "an I/O error".
public enum IOErrorText {
    /// The reason `error` happened, in plain words.
    public static func reason(_ error: any Error) -> String {
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return posixReason(Int32(underlying.code))
        }
        switch error.domain {
        case NSPOSIXErrorDomain:
            return posixReason(Int32(error.code))
        case NSCocoaErrorDomain:
            switch error.code {
            case NSFileWriteOutOfSpaceError: return "the disk is full"
            case NSFileWriteVolumeReadOnlyError: return "the disk is read-only"
            case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "permission denied"
            case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file or folder"
            case NSFileWriteFileExistsError: return "a file of that name exists"
            case NSFileReadTooLargeError: return "the file is too large"
            default: return "an I/O error"
            }
        default:
            return "an I/O error"
        }
    }

    /// A POSIX error number in plain words.
    public static func posixReason(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: "the disk is full"
        case EROFS: "the disk is read-only"
        case EACCES, EPERM: "permission denied"
        case ENOENT: "no such file or folder"
        case EISDIR: "it is a folder"
        case ENOTDIR: "a part of the path is not a folder"
        case EPIPE: "the reading end of the pipe was closed"
        case EFBIG: "the file is too large"
        case EEXIST: "a file of that name exists"
        default: "an I/O error (errno \(code))"
        }
    }
}
