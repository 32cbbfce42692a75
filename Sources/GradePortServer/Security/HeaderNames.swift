import HTTPTypes

extension HTTPField.Name {
    /// `Host`, as a router test sends it (a live server turns it into the request's authority).
    static let hostHeader = HTTPField.Name("Host")!
    /// `Sec-Fetch-Site`: where a browser says a request comes from.
    static let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
    /// `X-Frame-Options`.
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    /// `Referrer-Policy`.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    /// `X-Content-Type-Options`.
    static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
}
