//! Thumbnail generation for a 12-megapixel JPEG: time and peak memory.
//!
//! `cargo bench -p stunxt-media --bench thumbnail` makes a 4000×3000 photo
//! (JPEG, quality 90), then measures in a fresh child process per mode, so
//! the peak resident memory (`VmHWM`) is that of the work alone:
//!
//! - `thumbnail`: decode, turn upright, resize to 320 px, encode;
//! - `all variants`: what the processing job does (thumbnail, medium,
//!   re-encoded original, BlurHash).
//!
//! Targets (the 2-core CI machine): thumbnail ≤ 1.5 s and ≤ 200 MB.

use std::{process::Command, time::Instant};

use image::{Rgb, RgbImage, codecs::jpeg::JpegEncoder};
use stunxt_media::imaging::{self, ImageSettings};

const RUNS: usize = 5;
const CHILD: &str = "STUNXT_THUMBNAIL_BENCH_CHILD";

const SETTINGS: ImageSettings = ImageSettings {
    max_pixels: 50_000_000,
    jpeg_quality: 82,
};

/// A photo-like 4000×3000 JPEG: smooth gradients with grain, so the
/// encoder and decoder do realistic work.
fn photo() -> Vec<u8> {
    let (width, height) = (4000u32, 3000u32);
    let mut seed: u32 = 0x9e37_79b9;
    let image = RgbImage::from_fn(width, height, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let grain = seed % 24;
        Rgb([
            ((x * 200 / width) + grain) as u8,
            ((y * 200 / height) + grain) as u8,
            (((x + y) * 120 / (width + height)) + 60 + grain) as u8,
        ])
    });
    let mut bytes = Vec::new();
    JpegEncoder::new_with_quality(&mut bytes, 90)
        .encode_image(&image)
        .unwrap_or_else(|err| panic!("encoding the test photo: {err}"));
    bytes
}

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// In the child: runs `mode` on the file and prints `times_ms;peak_mb`.
fn child(spec: &str) {
    let (mode, path) = spec
        .split_once(':')
        .unwrap_or_else(|| panic!("bad child spec {spec}"));
    let bytes = std::fs::read(path).unwrap_or_else(|err| panic!("reading {path}: {err}"));
    let before = peak_rss_mb();
    let mut times = Vec::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        match mode {
            "thumbnail" => {
                let thumb = imaging::thumbnail(&bytes, &SETTINGS)
                    .unwrap_or_else(|err| panic!("thumbnail: {err}"));
                assert_eq!((thumb.width, thumb.height), (320, 240));
            }
            _ => {
                let processed = imaging::process(&bytes, &SETTINGS)
                    .unwrap_or_else(|err| panic!("process: {err}"));
                assert_eq!(processed.renditions.len(), 3);
            }
        }
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    let times: Vec<String> = times.iter().map(|t| format!("{t:.1}")).collect();
    println!("{};{:.1};{:.1}", times.join(","), before, peak_rss_mb());
}

fn main() {
    if let Ok(spec) = std::env::var(CHILD) {
        child(&spec);
        return;
    }
    let dir = tempfile::tempdir().unwrap_or_else(|err| panic!("temp dir: {err}"));
    let path = dir.path().join("photo.jpg");
    let bytes = photo();
    std::fs::write(&path, &bytes).unwrap_or_else(|err| panic!("writing the photo: {err}"));
    println!(
        "12-megapixel JPEG (4000x3000, quality 90): {:.1} MB; {RUNS} runs per mode, each mode in a fresh process",
        bytes.len() as f64 / 1e6
    );
    println!(
        "{:<14} {:>9} {:>9} {:>9} {:>15} {:>13}",
        "mode", "first ms", "median ms", "max ms", "peak RSS (MB)", "file read (MB)"
    );
    let exe = std::env::current_exe().unwrap_or_else(|err| panic!("own path: {err}"));
    for mode in ["thumbnail", "all variants"] {
        let output = Command::new(&exe)
            .env(
                CHILD,
                format!("{}:{}", mode.replace(' ', "-"), path.display()),
            )
            .output()
            .unwrap_or_else(|err| panic!("running the child: {err}"));
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let line = String::from_utf8_lossy(&output.stdout);
        let line = line.lines().last().unwrap_or_default();
        let mut fields = line.split(';');
        let mut times: Vec<f64> = fields
            .next()
            .unwrap_or_default()
            .split(',')
            .filter_map(|t| t.parse().ok())
            .collect();
        let before = fields.next().unwrap_or("?");
        let peak = fields.next().unwrap_or("?");
        let first = times.first().copied().unwrap_or(f64::NAN);
        times.sort_by(f64::total_cmp);
        let median = times.get(times.len() / 2).copied().unwrap_or(f64::NAN);
        let max = times.last().copied().unwrap_or(f64::NAN);
        println!("{mode:<14} {first:>9.1} {median:>9.1} {max:>9.1} {peak:>15} {before:>13}");
    }
}
