#pragma once
// SSE2 where the compiler targets it: every x86-64 has it, so the hot loops of folding and
// searching read sixteen bytes a step there. Other machines keep the portable loops beside them
// (each use is `#ifdef ONWARD_SSE2 ... #else ... #endif`, both tested on x86-64 by the fuzz
// comparisons against the byte-at-a-time functions).
#if defined(__SSE2__) || defined(_M_X64) || defined(_M_AMD64)
#include <emmintrin.h>
#define ONWARD_SSE2 1
#endif
