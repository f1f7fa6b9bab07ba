/* The floor for a native-messaging host: read a frame, write the same bytes back. No JSON,
 * no database. onward-bench-host compares onward-host against this program. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int read_exactly(char* buffer, size_t count)
{
    size_t done = 0;
    while (done < count) {
        ssize_t n = read(0, buffer + done, count - done);
        if (n <= 0) return 0;
        done += (size_t)n;
    }
    return 1;
}

static int write_all(const char* buffer, size_t count)
{
    while (count > 0) {
        ssize_t n = write(1, buffer, count);
        if (n <= 0) return 0;
        buffer += n;
        count -= (size_t)n;
    }
    return 1;
}

int main(void)
{
    static char frame[4 + 1024 * 1024];
    for (;;) {
        uint32_t length;
        if (!read_exactly(frame, 4)) return 0;
        length = *(uint32_t*)frame;
        if (length > 1024 * 1024 || !read_exactly(frame + 4, length)) return 1;
        if (!write_all(frame, 4 + length)) return 1;
    }
}
