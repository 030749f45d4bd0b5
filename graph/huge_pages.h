// An allocator for the few large arrays of an import (relations, the same-event index) that asks
// Linux for 2 MiB pages.
//
// Why: on the virtual machines we run on, a page fault costs microseconds, and an import of ICEWS14
// touched ~9,000 fresh 4 KiB pages: a sixth of its time went to faults, and the random probes of
// the same-event index missed the TLB. Transparent huge pages are often in "madvise" mode, so
// memory must ask for them.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <new>

namespace dipgraph {

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHugePage = size_t{2} << 20;
  // Smaller arrays stay on the ordinary heap: a huge page for them would waste memory.
  static constexpr size_t kThreshold = 2 * kHugePage;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}

  T* allocate(size_t n) {
    size_t bytes = n * sizeof(T);
    // With T's own alignment: a type may ask for more than new's default (a 32-byte slot).
    if (bytes < kThreshold)
      return static_cast<T*>(::operator new (bytes, std::align_val_t{alignof(T)}));
    bytes = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, bytes);
    if (!p) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    madvise(p, bytes, MADV_HUGEPAGE);  // advice only: without it the memory is still good
#endif
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t n) {
    if (n * sizeof(T) < kThreshold)
      ::operator delete (p, std::align_val_t{alignof(T)});
    else
      std::free(p);
  }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
};

}  // namespace dipgraph
