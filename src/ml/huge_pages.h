// HugePageVector: a std::vector whose large buffers sit in transparent huge
// pages, for the model weight tables scored at run time.
//
// Tagger and parser weights are each ~10 MB of hash slots and rows read at
// random; with 4 KiB pages nearly every feature lookup also misses the TLB.
// Buffers of at least 2 MiB are therefore allocated 2 MiB-aligned and marked
// MADV_HUGEPAGE (Linux; elsewhere, and for small buffers, plain operator new).
// Only the memory layout changes, never the contents, so scores are identical.
//
// Thread safety: stateless, like std::allocator.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>
#include <vector>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace dyad::ml {

template <typename T>
class HugePageAllocator {
 public:
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: rebinding must be implicit

  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) return static_cast<T*>(::operator new(bytes));
    const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (p == nullptr) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    madvise(p, rounded, MADV_HUGEPAGE);  // a hint: failure only costs speed
#endif
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t n) {
    if (n * sizeof(T) < kHugePage) {
      ::operator delete(p);
    } else {
      std::free(p);
    }
  }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }

 private:
  static constexpr size_t kHugePage = size_t{2} << 20;
};

template <typename T>
using HugePageVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace dyad::ml
