#ifndef CNN_TUTOR_LIBPNG_SHIM_H
#define CNN_TUTOR_LIBPNG_SHIM_H
/* libpng's simplified API only (png_image_*): it reports errors in png_image.message instead of
   longjmp-ing, so no setjmp/longjmp ever crosses into Swift. Only ImageFiles may import this module. */
#include <stddef.h>
#include <string.h>
#include <png.h>

/* The macros below are wrapped as functions so Swift reads libpng's own values, never a copy. */

/* A png_image ready for png_image_begin_read_* or png_image_write_*: zeroed, with the API version set. */
static inline png_image cnn_png_image_new(void) {
    png_image image;
    memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    return image;
}

/* PNG_FORMAT_FLAG_ALPHA: the samples include an alpha channel. */
static inline png_uint_32 cnn_png_format_flag_alpha(void) { return PNG_FORMAT_FLAG_ALPHA; }

/* PNG_FORMAT_FLAG_COLOR: three colour channels, otherwise one grey channel. */
static inline png_uint_32 cnn_png_format_flag_color(void) { return PNG_FORMAT_FLAG_COLOR; }

/* PNG_FORMAT_FLAG_LINEAR: 2-byte linear samples, otherwise 1-byte sRGB-encoded samples. */
static inline png_uint_32 cnn_png_format_flag_linear(void) { return PNG_FORMAT_FLAG_LINEAR; }

/* PNG_IMAGE_SIZE: bytes needed for the whole image in `image->format` at the minimum row stride. */
static inline size_t cnn_png_image_size(const png_image *image) { return PNG_IMAGE_SIZE(*image); }

/* The NUL-terminated error or warning text libpng left in `image` (empty if none). */
static inline const char *cnn_png_image_message(const png_image *image) { return image->message; }

#endif
