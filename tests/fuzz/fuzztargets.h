#pragma once

#include <cstddef>
#include <cstdint>

// The libFuzzer entry of a fuzz target; the corpus replay of the test suite calls the same function.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
