//! Image processing, free of storage and database: decode within a pixel
//! limit (decompression bombs are refused from the header, before any
//! pixel is decoded), turn upright by the EXIF orientation, drop every
//! piece of metadata (EXIF, GPS, comments) by re-encoding the pixels,
//! render the variants, and compute a BlurHash placeholder.
//!
//! Opaque images become JPEG; images with transparency become lossless
//! WebP. An animated GIF is kept as uploaded; only its first frame is
//! rendered (thumbnail and medium).

use std::io::Cursor;

use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
use image::{
    AnimationDecoder, DynamicImage, ExtendedColorType, ImageDecoder, ImageFormat, ImageReader,
    codecs::{gif::GifDecoder, jpeg::JpegEncoder, webp::WebPEncoder},
    metadata::Orientation,
};

/// Longest side of a thumbnail.
pub const THUMBNAIL_SIZE: u32 = 320;
/// Longest side of a medium rendition.
pub const MEDIUM_SIZE: u32 = 1280;

/// How images are processed.
#[derive(Debug, Clone, Copy)]
pub struct ImageSettings {
    /// Most pixels an image may have.
    pub max_pixels: u64,
    /// JPEG quality (1–100).
    pub jpeg_quality: u8,
}

/// One rendition of an image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// At most [`THUMBNAIL_SIZE`] on its longest side.
    Thumbnail,
    /// At most [`MEDIUM_SIZE`] on its longest side.
    Medium,
    /// The full image.
    Original,
}

impl Size {
    /// The variant name stored and exposed (`THUMBNAIL`, …).
    pub fn name(self) -> &'static str {
        match self {
            Self::Thumbnail => "THUMBNAIL",
            Self::Medium => "MEDIUM",
            Self::Original => "ORIGINAL",
        }
    }
}

/// Encoded pixels of one rendition.
#[derive(Debug, Clone)]
pub struct Rendition {
    /// Which one.
    pub size: Size,
    /// The encoded file.
    pub bytes: Vec<u8>,
    /// `image/jpeg` or `image/webp`.
    pub content_type: &'static str,
    /// Pixels across.
    pub width: u32,
    /// Pixels down.
    pub height: u32,
}

/// What processing an image produced.
#[derive(Debug, Clone)]
pub struct Processed {
    /// Upright width of the image.
    pub width: u32,
    /// Upright height of the image.
    pub height: u32,
    /// BlurHash of the image.
    pub blurhash: String,
    /// An animated GIF (its original is kept as uploaded, and not among
    /// the renditions).
    pub animated: bool,
    /// The renditions.
    pub renditions: Vec<Rendition>,
}

/// Why an image was refused.
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    /// More pixels than allowed.
    #[error("the image is {width}×{height} pixels, more than the limit of {limit} pixels")]
    TooManyPixels {
        /// Declared width.
        width: u32,
        /// Declared height.
        height: u32,
        /// The limit.
        limit: u64,
    },
    /// Not a readable image.
    #[error("the image could not be read: {0}")]
    Undecodable(String),
    /// Encoding a rendition failed.
    #[error("the image could not be rendered: {0}")]
    Render(String),
}

/// The image's declared dimensions, read from its header, when `head`
/// holds enough of it.
pub fn dimensions(head: &[u8]) -> Option<(u32, u32)> {
    ImageReader::new(Cursor::new(head))
        .with_guessed_format()
        .ok()?
        .into_dimensions()
        .ok()
}

/// Refuses dimensions beyond `max_pixels`.
pub fn check_pixels(width: u32, height: u32, max_pixels: u64) -> Result<(), ImageError> {
    if u64::from(width) * u64::from(height) > max_pixels {
        return Err(ImageError::TooManyPixels {
            width,
            height,
            limit: max_pixels,
        });
    }
    Ok(())
}

fn undecodable(err: impl std::fmt::Display) -> ImageError {
    ImageError::Undecodable(err.to_string())
}

/// Decodes `bytes` upright, within the pixel limit; whether it is an
/// animated GIF.
pub fn decode(bytes: &[u8], settings: &ImageSettings) -> Result<(DynamicImage, bool), ImageError> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(undecodable)?;
    let format = reader.format();
    let (width, height) = dimensions(bytes).ok_or_else(|| undecodable("unknown format"))?;
    check_pixels(width, height, settings.max_pixels)?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(width);
    limits.max_image_height = Some(height);
    // Room for the decoded pixels at 16 bits × 4 channels, and no more.
    limits.max_alloc = Some(settings.max_pixels.saturating_mul(8).max(64 << 20));
    let mut reader = reader;
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(undecodable)?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(undecodable)?;
    image.apply_orientation(orientation);
    let animated = format == Some(ImageFormat::Gif)
        && GifDecoder::new(Cursor::new(bytes))
            .map(|gif| gif.into_frames().take(2).count() > 1)
            .unwrap_or(false);
    Ok((image, animated))
}

/// The image in 8-bit RGB, or RGBA when some pixel is not opaque.
fn normalise(image: DynamicImage) -> DynamicImage {
    if !image.color().has_alpha() {
        return DynamicImage::ImageRgb8(image.into_rgb8());
    }
    let rgba = image.into_rgba8();
    if rgba.pixels().all(|p| p.0[3] == u8::MAX) {
        DynamicImage::ImageRgb8(DynamicImage::ImageRgba8(rgba).into_rgb8())
    } else {
        DynamicImage::ImageRgba8(rgba)
    }
}

/// The size that fits in a `max` × `max` box, never enlarged.
pub fn fit(width: u32, height: u32, max: u32) -> (u32, u32) {
    if width <= max && height <= max {
        return (width.max(1), height.max(1));
    }
    let scale = f64::from(max) / f64::from(width.max(height));
    (
        ((f64::from(width) * scale).round() as u32).max(1),
        ((f64::from(height) * scale).round() as u32).max(1),
    )
}

fn resize(source: &DynamicImage, max: u32) -> Result<DynamicImage, ImageError> {
    let (width, height) = fit(source.width(), source.height(), max);
    if (width, height) == (source.width(), source.height()) {
        return Ok(source.clone());
    }
    let mut target = DynamicImage::new(width, height, source.color());
    Resizer::new()
        .resize(
            source,
            &mut target,
            &ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3)),
        )
        .map_err(|err| ImageError::Render(err.to_string()))?;
    Ok(target)
}

fn encode(image: &DynamicImage, size: Size, quality: u8) -> Result<Rendition, ImageError> {
    let mut bytes = Vec::new();
    let render = |err: image::ImageError| ImageError::Render(err.to_string());
    let content_type = match image {
        DynamicImage::ImageRgba8(rgba) => {
            WebPEncoder::new_lossless(&mut bytes)
                .encode(rgba, rgba.width(), rgba.height(), ExtendedColorType::Rgba8)
                .map_err(render)?;
            "image/webp"
        }
        other => {
            let rgb;
            let rgb = match other {
                DynamicImage::ImageRgb8(rgb) => rgb,
                _ => {
                    rgb = other.to_rgb8();
                    &rgb
                }
            };
            JpegEncoder::new_with_quality(&mut bytes, quality)
                .encode_image(rgb)
                .map_err(render)?;
            "image/jpeg"
        }
    };
    Ok(Rendition {
        size,
        bytes,
        content_type,
        width: image.width(),
        height: image.height(),
    })
}

/// BlurHash of `image` (4×3 components, 3×4 when portrait).
pub fn blurhash(image: &DynamicImage) -> Result<String, ImageError> {
    let small = resize(image, 32)?.into_rgba8();
    let (x, y) = if small.width() >= small.height() {
        (4, 3)
    } else {
        (3, 4)
    };
    blurhash::encode(x, y, small.width(), small.height(), small.as_raw())
        .map_err(|err| ImageError::Render(err.to_string()))
}

/// Decodes `bytes` and renders its thumbnail alone.
pub fn thumbnail(bytes: &[u8], settings: &ImageSettings) -> Result<Rendition, ImageError> {
    let (image, _) = decode(bytes, settings)?;
    let image = normalise(image);
    encode(
        &resize(&image, THUMBNAIL_SIZE)?,
        Size::Thumbnail,
        settings.jpeg_quality,
    )
}

/// Decodes `bytes` and renders every variant and the placeholder.
pub fn process(bytes: &[u8], settings: &ImageSettings) -> Result<Processed, ImageError> {
    let (image, animated) = decode(bytes, settings)?;
    let image = normalise(image);
    let (width, height) = (image.width(), image.height());
    let medium = resize(&image, MEDIUM_SIZE)?;
    let thumbnail = resize(&medium, THUMBNAIL_SIZE)?;
    let blurhash = blurhash(&thumbnail)?;
    let quality = settings.jpeg_quality;
    let mut renditions = vec![
        encode(&thumbnail, Size::Thumbnail, quality)?,
        encode(&medium, Size::Medium, quality)?,
    ];
    drop(medium);
    if !animated {
        renditions.push(encode(&image, Size::Original, quality)?);
    }
    Ok(Processed {
        width,
        height,
        blurhash,
        animated,
        renditions,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage, Rgba, RgbaImage};

    const SETTINGS: ImageSettings = ImageSettings {
        max_pixels: 2_000_000,
        jpeg_quality: 80,
    };

    fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let image = RgbImage::from_fn(width, height, |x, y| Rgb([x as u8, y as u8, 90]));
        let mut bytes = Vec::new();
        JpegEncoder::new_with_quality(&mut bytes, 90)
            .encode_image(&image)
            .unwrap();
        bytes
    }

    #[test]
    fn fits_without_enlarging() {
        assert_eq!(fit(4000, 3000, 320), (320, 240));
        assert_eq!(fit(3000, 4000, 1280), (960, 1280));
        assert_eq!(fit(100, 50, 320), (100, 50));
        assert_eq!(fit(10_000, 1, 320), (320, 1));
    }

    #[test]
    fn renders_variants_and_placeholder() {
        let processed = process(&jpeg(1600, 1200), &SETTINGS).unwrap();
        assert_eq!((processed.width, processed.height), (1600, 1200));
        let sizes: Vec<_> = processed
            .renditions
            .iter()
            .map(|r| (r.size, r.width, r.height, r.content_type))
            .collect();
        assert_eq!(
            sizes,
            vec![
                (Size::Thumbnail, 320, 240, "image/jpeg"),
                (Size::Medium, 1280, 960, "image/jpeg"),
                (Size::Original, 1600, 1200, "image/jpeg"),
            ]
        );
        assert_eq!(processed.blurhash.len(), 4 + 2 * 4 * 3);
        for rendition in &processed.renditions {
            let decoded = image::load_from_memory(&rendition.bytes).unwrap();
            assert_eq!(
                (decoded.width(), decoded.height()),
                (rendition.width, rendition.height)
            );
        }
    }

    #[test]
    fn transparency_becomes_lossless_webp() {
        let image = RgbaImage::from_fn(40, 30, |x, _| Rgba([200, 10, 10, (x * 6) as u8]));
        let mut png = Vec::new();
        image
            .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .unwrap();
        let processed = process(&png, &SETTINGS).unwrap();
        assert!(
            processed
                .renditions
                .iter()
                .all(|r| r.content_type == "image/webp")
        );
        let back = image::load_from_memory(&processed.renditions[2].bytes)
            .unwrap()
            .into_rgba8();
        assert_eq!(back.get_pixel(5, 5), image.get_pixel(5, 5));
    }

    #[test]
    fn bombs_are_refused_from_the_header() {
        let bytes = jpeg(1500, 1500);
        match process(&bytes, &SETTINGS) {
            Err(ImageError::TooManyPixels { width, height, .. }) => {
                assert_eq!((width, height), (1500, 1500))
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(dimensions(&bytes[..4096]), Some((1500, 1500)));
    }

    #[test]
    fn garbage_is_undecodable() {
        assert!(matches!(
            process(b"definitely not an image", &SETTINGS),
            Err(ImageError::Undecodable(_))
        ));
        let mut truncated = jpeg(64, 64);
        truncated.truncate(200);
        assert!(process(&truncated, &SETTINGS).is_err());
    }
}
