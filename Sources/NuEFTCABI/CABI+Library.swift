// C ABI: status strings, versions and the thread setting. No math here.

import CNuEFT
import NuEFT

@c @implementation
public func nueft_status_string(_ status: nueft_status) -> UnsafePointer<CChar>? {
    cString(NuEFTStatus(rawValue: status).staticDescription)
}

@c @implementation
public func nueft_abi_version() -> Int32 {
    NuEFT.abiVersion
}

@c @implementation
public func nueft_version_string() -> UnsafePointer<CChar>? {
    cString(NuEFT.versionString)
}

@c @implementation
public func nueft_set_num_threads(_ numThreads: Int32) -> nueft_status {
    do {
        try NuEFT.setThreadCount(Int(numThreads))
        return NuEFTStatus.ok.rawValue
    } catch {
        return error.status.rawValue
    }
}

@c @implementation
public func nueft_get_num_threads() -> Int32 {
    Int32(clamping: NuEFT.threadCount)
}

/// The bytes of a static string literal: NUL-terminated and alive for the whole program.
func cString(_ s: StaticString) -> UnsafePointer<CChar> {
    UnsafeRawPointer(s.utf8Start).assumingMemoryBound(to: CChar.self)
}
