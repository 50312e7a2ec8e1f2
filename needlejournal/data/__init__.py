"""Files shipped with the package for the desktop: the .desktop entry and AppStream metainfo."""
