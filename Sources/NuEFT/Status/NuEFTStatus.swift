/// A status code, shared by the Swift, C and Python APIs (`nueft_status` in `nueft.h`).
///
/// Codes below 16 describe a whole call; codes from 16 describe one point of a batch and are
/// what the per-point status array holds. Values are never renumbered.
///
/// The type has the layout of `Int32`, so a buffer of statuses can be handed to C directly.
@frozen
public struct NuEFTStatus: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: Int32

    @inlinable
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Success; for a per-point status, a valid point.
    public static let ok = NuEFTStatus(rawValue: 0)
    /// A required pointer argument was NULL (C and Python only).
    public static let nullPointer = NuEFTStatus(rawValue: 1)
    /// A negative count of points.
    public static let invalidCount = NuEFTStatus(rawValue: 2)
    /// An argument out of its documented range (e.g. a negative thread count).
    public static let invalidArgument = NuEFTStatus(rawValue: 3)
    /// The call completed, but at least one point had invalid input: its outputs are NaN and
    /// its per-point status says why.
    public static let somePointsFailed = NuEFTStatus(rawValue: 4)
    /// Input and output buffers of different lengths (Swift API).
    public static let lengthMismatch = NuEFTStatus(rawValue: 5)
    /// A matrix dimension outside the supported range (Takagi: 1…16).
    public static let unsupportedDimension = NuEFTStatus(rawValue: 6)

    /// Per point: an input is NaN.
    public static let nanInput = NuEFTStatus(rawValue: 16)
    /// Per point: an input is ±∞.
    public static let infiniteInput = NuEFTStatus(rawValue: 17)
    /// Per point: an input that must be > 0 is ≤ 0 (including −0).
    public static let nonPositiveInput = NuEFTStatus(rawValue: 18)
    /// Per point: finite and > 0, but outside the domain of the function (the Yukawa bracket:
    /// x_h, x_j ∈ 1e-20…1e20, `loopIntegralDomain`).
    public static let outOfDomain = NuEFTStatus(rawValue: 19)
    /// Per matrix: not symmetric within 16 n ε of its largest entry (never symmetrized silently).
    public static let notSymmetric = NuEFTStatus(rawValue: 20)
    /// Per matrix: the LAPACK eigensolver reported no convergence.
    public static let lapackFailure = NuEFTStatus(rawValue: 21)

    /// Every defined status, for documentation and tests.
    public static let allDefined: [NuEFTStatus] = [
        .ok, .nullPointer, .invalidCount, .invalidArgument, .somePointsFailed, .lengthMismatch,
        .unsupportedDimension, .nanInput, .infiniteInput, .nonPositiveInput, .outOfDomain, .notSymmetric,
        .lapackFailure,
    ]

    /// "NUEFT_NAME: explanation", a static string (its bytes live as long as the program).
    public var staticDescription: StaticString {
        switch rawValue {
        case 0: "NUEFT_OK: success"
        case 1: "NUEFT_ERR_NULL_POINTER: a required pointer argument is NULL"
        case 2: "NUEFT_ERR_INVALID_COUNT: the number of points is negative"
        case 3: "NUEFT_ERR_INVALID_ARGUMENT: an argument is outside its documented range"
        case 4: "NUEFT_ERR_SOME_POINTS_FAILED: some points had invalid input; their outputs are NaN and their per-point status says why"
        case 5: "NUEFT_ERR_LENGTH_MISMATCH: input and output buffers have different lengths"
        case 6: "NUEFT_ERR_UNSUPPORTED_DIMENSION: the matrix dimension is outside the supported range (Takagi: 1 to 16)"
        case 16: "NUEFT_POINT_NAN_INPUT: an input of this point is NaN"
        case 17: "NUEFT_POINT_INFINITE_INPUT: an input of this point is infinite"
        case 18: "NUEFT_POINT_NONPOSITIVE_INPUT: an input of this point must be > 0 but is <= 0"
        case 20: "NUEFT_POINT_NOT_SYMMETRIC: the matrix is not symmetric within 16 n eps of its largest entry"
        case 21: "NUEFT_POINT_LAPACK_FAILURE: the LAPACK eigensolver did not converge for this matrix"
        case 19: "NUEFT_POINT_OUT_OF_DOMAIN: an input of this point is outside the domain of the function (the Yukawa bracket: 1e-20 <= x_h, x_j <= 1e20)"
        default: "NUEFT_UNKNOWN_STATUS: not a status code of this library"
        }
    }

    public var description: String { staticDescription.description }

    /// The symbolic name, e.g. `NUEFT_POINT_NAN_INPUT`.
    public var name: String { String(description.prefix { $0 != ":" }) }

    /// Whether this is the code of a single point (≥ 16) rather than of a call.
    public var isPointStatus: Bool { rawValue >= 16 }
}

/// The error thrown by the Swift API.
public struct NuEFTError: Error, Equatable, CustomStringConvertible {
    public let status: NuEFTStatus
    public let detail: String

    public init(_ status: NuEFTStatus, _ detail: String = "") {
        self.status = status
        self.detail = detail
    }

    public var description: String {
        detail.isEmpty ? status.description : "\(status.description) (\(detail))"
    }
}
