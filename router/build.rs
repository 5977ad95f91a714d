//! Nothing to generate. The build script exists so `protoc-bin-vendored`,
//! a build-dependency, is downloaded before the Apollo Router's own build
//! script runs: `tools/protoc` executes the binary it ships when the system
//! has no `protoc`.

fn main() {}
