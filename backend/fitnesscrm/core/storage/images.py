"""Pictures made safe to keep and show: opened for real, upright, without metadata, and with a thumbnail.

Every accepted picture is decoded by Pillow and encoded again, so what is stored is pixels and
nothing else: EXIF (GPS position, camera serial, the time it was taken), XMP and comments are
gone, and the EXIF orientation is applied to the pixels first so the picture stays upright.
HEIC/HEIF (iPhones) becomes JPEG, which every browser shows. The pixel count is checked from the
header before anything is decoded: a few kilobytes can declare a picture that needs gigabytes.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

import pillow_heif
from PIL import Image, ImageOps

from fitnesscrm.core.storage.inspection import JPEG, PNG, WEBP, FileType
from fitnesscrm.core.storage.kinds import ImageTooLarge, UnreadableImage

pillow_heif.register_heif_opener()

# The long edge of a thumbnail, in pixels: sharp in a grid cell or a compare view on a phone.
THUMBNAIL_EDGE = 512
JPEG_QUALITY = 90
THUMBNAIL_QUALITY = 80
# Pillow's own formats for what it opened; a file whose bytes looked like one type but decodes as another
# (a JPEG header glued onto something else) is refused.
_PILLOW_FORMATS = {"image/jpeg": {"JPEG", "MPO"}, "image/png": {"PNG"}, "image/webp": {"WEBP"}}
_PILLOW_FORMATS["image/heic"] = {"HEIF"}
# What survives re-encoding: the colour profile, PNG/GIF transparency, WebP losslessness.
_KEPT_INFO = ("icc_profile", "transparency", "lossless")


@dataclass(frozen=True)
class PreparedImage:
    path: Path
    file_type: FileType
    width: int
    height: int
    thumbnail_path: Path


def prepare(source: Path, file_type: FileType, *, max_pixels: int, workdir: Path) -> PreparedImage:
    """Decode `source`, refuse it if it is not really a picture of `file_type`, and write the stored copy and
    its thumbnail into `workdir`."""
    with warnings.catch_warnings():
        # Pillow only warns between its own limit and twice that; here anything over it is refused.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(source) as opened:
                if opened.format not in _PILLOW_FORMATS[file_type.content_type]:
                    raise UnreadableImage(_format_name(file_type))
                width, height = opened.size
                if width * height > max_pixels:
                    raise ImageTooLarge(width, height, max_pixels)
                opened.seek(0)  # the first frame of an animation or a burst
                picture = ImageOps.exif_transpose(opened)
                picture.load()
                # Whatever an encoder could copy from the original (EXIF, XMP, comments) is dropped here.
                picture.info = {key: picture.info[key] for key in _KEPT_INFO if key in picture.info}
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageTooLarge(*_declared_size(source), max_pixels) from None
        except (OSError, SyntaxError, ValueError, EOFError):
            # Pillow reports truncated and corrupt data through these.
            raise UnreadableImage(_format_name(file_type)) from None

    stored_type = JPEG if file_type.content_type in ("image/heic", "image/heif") else file_type
    stored = workdir / f"stored.{stored_type.extension}"
    _save(picture, stored, stored_type)
    thumbnail = workdir / "thumbnail.jpg"
    _save_thumbnail(picture, thumbnail)
    return PreparedImage(stored, stored_type, picture.width, picture.height, thumbnail)


def _format_name(file_type: FileType) -> str:
    return {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WebP"}.get(file_type.content_type, "HEIC")


def _declared_size(source: Path) -> tuple[int, int]:
    """The size a picture's header declares, read without Pillow's limit (nothing is decoded)."""
    previous = Image.MAX_IMAGE_PIXELS
    try:
        Image.MAX_IMAGE_PIXELS = None
        with Image.open(source) as opened:
            return opened.size
    except (OSError, ValueError):
        return (0, 0)
    finally:
        Image.MAX_IMAGE_PIXELS = previous


def _save(picture: Image.Image, path: Path, file_type: FileType) -> None:
    """Encode the pixels alone: no EXIF, XMP or text; the colour profile stays so colours do not shift."""
    icc_profile = picture.info.get("icc_profile")
    options = {"icc_profile": icc_profile} if icc_profile else {}
    if file_type is JPEG:
        _as_rgb(picture).save(path, "JPEG", quality=JPEG_QUALITY, optimize=True, **options)
    elif file_type is PNG:
        picture.save(path, "PNG", optimize=False, **options)
    elif file_type is WEBP:
        lossless = bool(picture.info.get("lossless"))
        picture.save(path, "WEBP", quality=JPEG_QUALITY, lossless=lossless, **options)
    else:
        raise AssertionError(f"no encoder for {file_type.content_type}")


def _save_thumbnail(picture: Image.Image, path: Path) -> None:
    thumbnail = _as_rgb(picture)
    thumbnail.thumbnail((THUMBNAIL_EDGE, THUMBNAIL_EDGE), Image.Resampling.LANCZOS)
    thumbnail.save(path, "JPEG", quality=THUMBNAIL_QUALITY, optimize=True)


def _as_rgb(picture: Image.Image) -> Image.Image:
    """The picture in RGB, transparent parts on white (JPEG has no transparency)."""
    if picture.mode in ("RGBA", "LA", "PA") or (picture.mode == "P" and "transparency" in picture.info):
        rgba = picture.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return picture if picture.mode == "RGB" else picture.convert("RGB")
