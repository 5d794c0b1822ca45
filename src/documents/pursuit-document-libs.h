/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <archive.h>
#include <archive_entry.h>
#include <cairo.h>
#include <poppler.h>

G_BEGIN_DECLS

/* The libraries that read zip archives and PDF, loaded the first time a
 * document needs them (pursuit-document-libs.c): every program links this
 * layer, and loading them at start cost pursuit-cli 9 ms of its 23 for a
 * search. Their functions are called through these tables. */

typedef struct
{
  __typeof__ (archive_read_new) *read_new;
  __typeof__ (archive_read_free) *read_free;
  __typeof__ (archive_read_support_format_zip) *read_support_format_zip;
  __typeof__ (archive_read_open_memory) *read_open_memory;
  __typeof__ (archive_read_next_header) *read_next_header;
  __typeof__ (archive_read_data) *read_data;
  __typeof__ (archive_entry_pathname) *entry_pathname;
  __typeof__ (archive_entry_is_encrypted) *entry_is_encrypted;
} PursuitArchiveLib;

typedef struct
{
  __typeof__ (poppler_error_quark) *error_quark;
  __typeof__ (poppler_document_new_from_bytes) *document_new_from_bytes;
  __typeof__ (poppler_document_get_n_pages) *document_get_n_pages;
  __typeof__ (poppler_document_get_page) *document_get_page;
  __typeof__ (poppler_page_get_size) *page_get_size;
  __typeof__ (poppler_page_get_text) *page_get_text;
  __typeof__ (poppler_page_render) *page_render;
  __typeof__ (cairo_image_surface_create) *image_surface_create;
  __typeof__ (cairo_create) *create;
  __typeof__ (cairo_set_source_rgb) *set_source_rgb;
  __typeof__ (cairo_paint) *paint;
  __typeof__ (cairo_scale) *scale;
  __typeof__ (cairo_destroy) *destroy;
  __typeof__ (cairo_surface_write_to_png_stream) *surface_write_to_png_stream;
  __typeof__ (cairo_surface_destroy) *surface_destroy;
} PursuitPdfLib;

const PursuitArchiveLib *pursuit_archive_lib_get (GError **error);
const PursuitPdfLib     *pursuit_pdf_lib_get     (GError **error);

G_END_DECLS
