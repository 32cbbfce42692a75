import Foundation
import GradePortCore

/// The content fingerprint of an input folder (an API dump saved as several files), so that
/// re-importing the same folder is recognised like re-importing the same file.
public enum ContentFingerprint {
    /// The folder's fingerprint; `nil` when the folder cannot be read.
    ///
    /// SHA-256 over the folder's regular files, in name order: each file's relative path, a zero
    /// byte, its bytes' SHA-256, a newline.
    public static func ofFolder(at path: String) -> String? {
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return nil }
        var names: [String] = []
        while let name = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let full = (path as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                names.append(name)
            }
        }
        var listing: [UInt8] = []
        for name in names.sorted() {
            guard let fileDigest = SHA256.hexDigest(ofFileAt: (path as NSString).appendingPathComponent(name)) else {
                return nil
            }
            listing += Array(name.utf8) + [0] + Array(fileDigest.utf8) + [0x0A]
        }
        return SHA256.hexDigest(of: listing)
    }
}
