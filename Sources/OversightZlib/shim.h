// The system's zlib (Debian: zlib1g-dev), for writing Office files' zip packages: its deflate and
// its CRC-32, which is several times faster than one a byte at a time.
#include <zlib.h>
