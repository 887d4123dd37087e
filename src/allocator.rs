//! The wasm builds' memory allocator, the one place with `unsafe` code: blocks come in
//! power-of-two size classes, a freed block waits on its class's list for the next request
//! of that class, and new blocks are cut from pages the module grows. It is a few hundred
//! bytes of code where the standard library's allocator (dlmalloc) is several kilobytes,
//! which the first load pays for (bench/results.md). The price: a block may be up to twice
//! the size asked, and memory freed by one class is not reused by another.
//!
//! The page, its workers and its browser tests each run one thread, so the allocator needs
//! no lock. It is tested natively on an arena (see the tests below).

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr;

/// The size of a wasm memory page.
pub const PAGE: usize = 65_536;
/// The smallest block: 8 bytes, room for the free list's link.
const MIN_SHIFT: u32 = 3;
const CLASSES: usize = (usize::BITS - MIN_SHIFT) as usize;
/// Blocks are aligned to their size up to this; a larger alignment is refused (null).
const MAX_ALIGN: usize = 4_096;
/// The fewest pages memory grows by (1 MiB).
const GROW_PAGES: usize = 16;

/// Where new memory comes from.
pub trait Pages {
    /// Adds `count` pages and returns the address of the first new byte (page-aligned), or
    /// `None` when there is no more memory.
    fn grow(&self, count: usize) -> Option<usize>;
}

/// The allocator over a source of pages.
pub struct SizeClasses<P> {
    pages: P,
    heap: UnsafeCell<Heap>,
}

struct Heap {
    /// The first free block of each class (0: none); a free block's first word links on.
    free: [usize; CLASSES],
    /// The part of the newest pages not cut into blocks yet.
    next: usize,
    end: usize,
}

/// The class of `layout`: the smallest power of two of at least 8 bytes that holds its size
/// and its alignment, as a shift from 8 (0 is 8 bytes, 1 is 16, …).
#[must_use]
pub fn class_of(layout: Layout) -> Option<usize> {
    if layout.align() > MAX_ALIGN {
        return None;
    }
    let need = layout.size().max(layout.align()).max(1 << MIN_SHIFT);
    let block = need.checked_next_power_of_two()?;
    Some((block.trailing_zeros() - MIN_SHIFT) as usize)
}

/// The size of a block of `class`.
#[must_use]
pub const fn block_size(class: usize) -> usize {
    1 << (class as u32 + MIN_SHIFT)
}

impl<P: Pages> SizeClasses<P> {
    /// An allocator that has handed out nothing yet.
    pub const fn new(pages: P) -> Self {
        Self {
            pages,
            heap: UnsafeCell::new(Heap {
                free: [0; CLASSES],
                next: 0,
                end: 0,
            }),
        }
    }

    /// A block of `class`: a freed one if there is one, else a new one.
    ///
    /// # Safety
    /// Not to be called while another call on this allocator runs (one thread).
    unsafe fn take(&self, class: usize) -> *mut u8 {
        let heap = &mut *self.heap.get();
        let first = heap.free[class];
        if first != 0 {
            heap.free[class] = *(first as *const usize);
            return first as *mut u8;
        }
        let size = block_size(class);
        let align = size.min(MAX_ALIGN);
        let start = heap.next.next_multiple_of(align);
        if start.checked_add(size).is_none_or(|end| end > heap.end) {
            // At least GROW_PAGES at a time: growing memory is slow in browsers (and it
            // detaches the JS views of it), so a start-up's many small blocks should not
            // each ask for a page.
            let Some(count) = size
                .checked_add(align)
                .map(|n| n.div_ceil(PAGE).max(GROW_PAGES))
            else {
                return ptr::null_mut();
            };
            let Some((fresh, end)) = self
                .pages
                .grow(count)
                .and_then(|fresh| Some((fresh, fresh.checked_add(count.checked_mul(PAGE)?)?)))
            else {
                return ptr::null_mut();
            };
            if fresh != heap.end {
                // Not next to the last pages: what is left of those waits in the lists.
                self.release(heap.next, heap.end);
                heap.next = fresh;
            }
            heap.end = end;
            return self.take(class);
        }
        // The gap that alignment skips is cut into smaller blocks for later.
        self.release(heap.next, start);
        heap.next = start + size;
        start as *mut u8
    }

    /// Puts the memory from `from` to `to` (both multiples of 8) on the free lists, as the
    /// largest aligned blocks that fit.
    unsafe fn release(&self, mut from: usize, to: usize) {
        while from < to {
            let mut size = (1usize << from.trailing_zeros()).min(MAX_ALIGN);
            while from + size > to {
                size /= 2;
            }
            let class = (size.trailing_zeros() - MIN_SHIFT) as usize;
            self.give(from as *mut u8, class);
            from += size;
        }
    }

    /// Puts a block on its class's free list.
    unsafe fn give(&self, block: *mut u8, class: usize) {
        let heap = &mut *self.heap.get();
        *block.cast::<usize>() = heap.free[class];
        heap.free[class] = block as usize;
    }
}

// SAFETY: blocks of a class are aligned to the class's size (up to MAX_ALIGN), and a class
// holds the layout's size and alignment; a block is on a free list only while nobody holds
// it. Callers are one thread (see the module's note).
unsafe impl<P: Pages> GlobalAlloc for SizeClasses<P> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(layout) {
            Some(class) => self.take(class),
            None => ptr::null_mut(),
        }
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        if let Some(class) = class_of(layout) {
            self.give(block, class);
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return ptr::null_mut();
        };
        if class_of(layout) == class_of(new_layout) {
            return block;
        }
        let moved = self.alloc(new_layout);
        if !moved.is_null() {
            ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
            self.dealloc(block, layout);
        }
        moved
    }
}

/// The wasm module's own memory.
#[cfg(target_arch = "wasm32")]
pub struct WasmMemory;

#[cfg(target_arch = "wasm32")]
impl Pages for WasmMemory {
    fn grow(&self, count: usize) -> Option<usize> {
        let before = core::arch::wasm32::memory_grow(0, count);
        (before != usize::MAX).then(|| before * PAGE)
    }
}

// SAFETY: wasm without the atomics feature has one thread per module instance.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl Sync for SizeClasses<WasmMemory> {}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: SizeClasses<WasmMemory> = SizeClasses::new(WasmMemory);

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use proptest::prelude::*;

    use super::*;

    /// Pages from a leaked, page-aligned arena; with `gap`, each grow skips a page, so that
    /// new pages never follow the old end (as when something else grew the memory).
    struct Arena {
        base: usize,
        used: Cell<usize>,
        limit: usize,
        gap: bool,
    }

    impl Arena {
        fn new(limit: usize) -> Self {
            Self::with_gaps(limit, false)
        }

        fn with_gaps(limit: usize, gap: bool) -> Self {
            let memory: &'static mut [u8] = Vec::leak(vec![0; (limit + 1) * PAGE]);
            let base = (memory.as_mut_ptr() as usize).next_multiple_of(PAGE);
            Self {
                base,
                used: Cell::new(0),
                limit,
                gap,
            }
        }
    }

    impl Pages for Arena {
        fn grow(&self, count: usize) -> Option<usize> {
            let used = self.used.get() + usize::from(self.gap);
            (used + count <= self.limit).then(|| {
                self.used.set(used + count);
                self.base + used * PAGE
            })
        }
    }

    #[derive(Debug, Clone)]
    enum Op {
        Alloc(usize, usize),
        Free(usize),
        Realloc(usize, usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (1usize..20_000, 0u32..13).prop_map(|(size, shift)| Op::Alloc(size, 1 << shift)),
            (1usize..100, 0u32..4).prop_map(|(size, shift)| Op::Alloc(size, 1 << shift)),
            any::<usize>().prop_map(Op::Free),
            (any::<usize>(), 1usize..30_000).prop_map(|(i, size)| Op::Realloc(i, size)),
        ]
    }

    /// Each live block still holds its byte everywhere, is aligned, and overlaps no other.
    fn check(live: &[(*mut u8, Layout, u8)]) {
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for &(block, layout, byte) in live {
            assert_eq!(block as usize % layout.align(), 0, "{layout:?} misaligned");
            // SAFETY: the block is live and `layout.size()` long.
            let bytes = unsafe { std::slice::from_raw_parts(block, layout.size()) };
            assert!(bytes.iter().all(|b| *b == byte), "a block was overwritten");
            spans.push((block as usize, block as usize + layout.size()));
        }
        spans.sort_unstable();
        for pair in spans.windows(2) {
            assert!(pair[0].1 <= pair[1].0, "blocks overlap: {pair:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn blocks_stay_aligned_apart_and_intact(ops in prop::collection::vec(op(), 1..120), gap in any::<bool>()) {
            let allocator = SizeClasses::new(Arena::with_gaps(1_024, gap));
            let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
            for (n, op) in ops.into_iter().enumerate() {
                let byte = (n % 251) as u8;
                // SAFETY: one thread; every block freed or moved is live with its layout.
                unsafe {
                    match op {
                        Op::Alloc(size, align) => {
                            let layout = Layout::from_size_align(size, align).unwrap();
                            let block = allocator.alloc(layout);
                            prop_assert!(!block.is_null());
                            block.write_bytes(byte, size);
                            live.push((block, layout, byte));
                        }
                        Op::Free(i) if !live.is_empty() => {
                            let (block, layout, _) = live.swap_remove(i % live.len());
                            allocator.dealloc(block, layout);
                        }
                        Op::Realloc(i, size) if !live.is_empty() => {
                            let i = i % live.len();
                            let (block, layout, old) = live[i];
                            let moved = allocator.realloc(block, layout, size);
                            prop_assert!(!moved.is_null());
                            let kept = std::slice::from_raw_parts(moved, layout.size().min(size));
                            prop_assert!(kept.iter().all(|b| *b == old), "realloc lost the contents");
                            moved.write_bytes(byte, size);
                            live[i] = (moved, Layout::from_size_align(size, layout.align()).unwrap(), byte);
                        }
                        _ => {}
                    }
                }
                check(&live);
            }
        }
    }

    #[test]
    fn freed_blocks_are_reused_by_their_class() {
        let allocator = SizeClasses::new(Arena::new(GROW_PAGES));
        let layout = Layout::from_size_align(100, 8).unwrap();
        // SAFETY: one thread; the block is freed with its layout.
        unsafe {
            let first = allocator.alloc(layout);
            allocator.dealloc(first, layout);
            assert_eq!(
                allocator.alloc(Layout::from_size_align(128, 4).unwrap()),
                first
            );
        }
    }

    #[test]
    fn a_block_larger_than_one_growth_gets_all_its_pages() {
        let allocator = SizeClasses::new(Arena::with_gaps(256, true));
        let big = Layout::from_size_align(3 * GROW_PAGES * PAGE, 8).unwrap();
        let small = Layout::from_size_align(24, 8).unwrap();
        // SAFETY: one thread; both blocks are live and written within their sizes.
        unsafe {
            let first = allocator.alloc(small);
            first.write_bytes(1, 24);
            let block = allocator.alloc(big);
            assert!(!block.is_null());
            block.write_bytes(2, big.size());
            let after = allocator.alloc(small);
            after.write_bytes(3, 24);
            check(&[(first, small, 1), (block, big, 2), (after, small, 3)]);
        }
    }

    #[test]
    fn classes_hold_size_and_alignment() {
        let class = |size, align| class_of(Layout::from_size_align(size, align).unwrap());
        assert_eq!(class(1, 1), Some(0));
        assert_eq!(class(9, 1), Some(1));
        assert_eq!(class(8, 64), Some(3));
        assert_eq!(block_size(3), 64);
        assert_eq!(class(1, 8_192), None);
    }

    #[test]
    fn no_more_pages_is_a_null_block_not_a_crash() {
        let allocator = SizeClasses::new(Arena::new(GROW_PAGES + 2));
        // SAFETY: one thread.
        unsafe {
            assert!(allocator
                .alloc(Layout::from_size_align((GROW_PAGES + 3) * PAGE, 8).unwrap())
                .is_null());
            assert!(!allocator
                .alloc(Layout::from_size_align(PAGE / 2, 8).unwrap())
                .is_null());
        }
    }
}
