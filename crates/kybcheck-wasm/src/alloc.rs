//! The WebAssembly build's memory allocator (wasm32 only), in place of the standard
//! library's dlmalloc: about 8 KB less code, and no slower for the core's pattern (a few
//! dozen short-lived blocks per call, one input buffer kept between calls).
//!
//! Blocks come in power-of-two size classes, 16 bytes and up, each aligned to its size (up
//! to a 64 KiB page). A freed block goes on the free list of its class and is handed out
//! again for the next request of that class; new blocks are cut from the top of memory,
//! which grows a page at a time as needed. Every operation is O(1). Memory is never given
//! back to the host (WebAssembly cannot shrink a memory), but it is reused: repeated calls
//! settle at a fixed size, and the largest request is bounded by the 1 MiB input limit.
//!
//! The module is single-threaded (wasm32-unknown-unknown without atomics), so the state
//! needs no lock.

use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32;
use core::cell::UnsafeCell;
use core::ptr;

const PAGE: usize = 65_536;
/// Classes 2^4 to 2^31 (the whole wasm32 address space).
const MIN_CLASS: u32 = 4;
const CLASSES: usize = 32;

struct State {
    /// Head of each class's free list (0: empty); a free block holds the next one's address.
    free: [usize; CLASSES],
    /// The unused top of memory: `[next, end)`.
    next: usize,
    end: usize,
}

/// The allocator; `#[global_allocator]` in `lib.rs` for wasm32.
pub struct Allocator(UnsafeCell<State>);

// SAFETY: wasm32-unknown-unknown without the atomics feature runs one thread, so the state
// is never touched by two callers at once.
unsafe impl Sync for Allocator {}

impl Allocator {
    /// An allocator with nothing handed out yet.
    pub const fn new() -> Allocator {
        Allocator(UnsafeCell::new(State {
            free: [0; CLASSES],
            next: 0,
            end: 0,
        }))
    }
}

/// The size class of a layout: its size (at least its alignment and 16) rounded up to a
/// power of two, or `None` past 2^31 or for an alignment beyond a page.
fn class(layout: Layout) -> Option<u32> {
    if layout.align() > PAGE {
        return None;
    }
    let size = layout
        .size()
        .max(layout.align())
        .max(1 << MIN_CLASS)
        .checked_next_power_of_two()?;
    Some(size.trailing_zeros())
}

impl State {
    /// A new block of `1 << class` bytes from the top of memory, growing it if needed.
    #[cold]
    fn carve(&mut self, class: u32) -> *mut u8 {
        let size = 1usize << class;
        let align = size.min(PAGE);
        let start = (self.next + (align - 1)) & !(align - 1);
        if start >= self.next && start.checked_add(size).is_some_and(|e| e <= self.end) {
            self.next = start + size;
            return start as *mut u8;
        }
        // Grow by enough whole pages for the block (the new pages start page-aligned).
        let pages = size.div_ceil(PAGE);
        let old = wasm32::memory_grow::<0>(pages);
        if old == usize::MAX {
            return ptr::null_mut();
        }
        let base = old * PAGE;
        if base != self.end {
            // Someone else grew the memory in between: start over at the new pages.
            self.next = base;
        }
        self.end = base + pages * PAGE;
        let start = (self.next + (align - 1)) & !(align - 1);
        match start.checked_add(size) {
            Some(e) if e <= self.end => {
                self.next = e;
                start as *mut u8
            }
            _ => {
                // The tail below `base` was too short: the block starts at the new pages.
                self.next = base + size;
                base as *mut u8
            }
        }
    }
}

// SAFETY: blocks are handed out once until freed, each at least as large and as aligned as
// its layout asks (`class`), and freed blocks return to the list of the class they came from.
unsafe impl GlobalAlloc for Allocator {
    #[inline(never)] // one copy, not one per call site
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(c) = class(layout) else {
            return ptr::null_mut();
        };
        // SAFETY: single-threaded (see `Sync`), and no reference to the state outlives
        // this call.
        let state = unsafe { &mut *self.0.get() };
        let head = state.free[c as usize];
        if head != 0 {
            // SAFETY: `head` is a free block of this class, whose first word holds the
            // next free block's address.
            state.free[c as usize] = unsafe { (head as *const usize).read() };
            return head as *mut u8;
        }
        state.carve(c)
    }

    #[inline(never)] // one copy, not one per call site
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let Some(c) = class(layout) else {
            return;
        };
        // SAFETY: as in `alloc`.
        let state = unsafe { &mut *self.0.get() };
        // SAFETY: `block` came from `alloc` with this layout, so it is at least 16 bytes,
        // aligned, and no longer in use.
        unsafe { (block as *mut usize).write(state.free[c as usize]) };
        state.free[c as usize] = block as usize;
    }

    #[inline(never)] // one copy, not one per call site
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees a valid layout of `new_size` with this alignment.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        if class(new_layout) == class(layout) {
            return block; // the block is already large enough
        }
        // SAFETY: as for `alloc` and `dealloc`; the two blocks do not overlap.
        unsafe {
            let new = self.alloc(new_layout);
            if !new.is_null() {
                ptr::copy_nonoverlapping(block, new, layout.size().min(new_size));
                self.dealloc(block, layout);
            }
            new
        }
    }
}
