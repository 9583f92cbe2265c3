#!/usr/bin/env bash
# Regenerates the hicolor icons the Debian package installs from assets/icon.png (128x128,
# the app's window icon): downscaled and upscaled with ImageMagick's Lanczos filter, the
# 128 px one copied as is. PNG time stamps and metadata are left out, so a rerun on the
# same icon gives the same files. Run from anywhere; commit the result.
set -euo pipefail
cd "$(dirname "$0")"
src=../icon.png
for size in 16 22 24 32 48 64 128 256 512; do
  dir=hicolor/${size}x${size}/apps
  mkdir -p "$dir"
  if [ "$size" = 128 ]; then
    cp "$src" "$dir/newsmark.png"
  else
    convert "$src" -filter Lanczos -resize "${size}x${size}" -strip \
      -define png:exclude-chunks=date,time "$dir/newsmark.png"
  fi
done
