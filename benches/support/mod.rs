//! What the three bench binaries share: the workload files in `benches/data/` and a counting
//! global allocator, so every workload reports its allocations per op next to its time.
//!
//! Counting is switched on only while [`bench`] measures allocations (one relaxed load per
//! allocation otherwise), so the criterion timings pay nothing for it.

#![allow(
    dead_code,
    reason = "each bench binary uses its own part of this module"
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};

use criterion::{BenchmarkGroup, Criterion, measurement::WallTime};

struct Counting;

static COUNTING: AtomicBool = AtomicBool::new(false);
static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);

fn count(size: usize) {
    if COUNTING.load(Relaxed) {
        ALLOCATIONS.fetch_add(1, Relaxed);
        BYTES.fetch_add(size as u64, Relaxed);
    }
}

// SAFETY: every call is forwarded unchanged to the system allocator; the counters only observe.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // A growing buffer's reallocation is an allocator call like any other.
        count(new_size);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocator calls (`alloc`, `alloc_zeroed`, `realloc`) and bytes requested per call of `op`,
/// averaged over 100 calls after 3 warm-up calls; the result is dropped inside, as in the timing.
pub fn allocations_per_op<R>(mut op: impl FnMut() -> R) -> (f64, f64) {
    const CALLS: u32 = 100;
    for _ in 0..3 {
        drop(std::hint::black_box(op()));
    }
    ALLOCATIONS.store(0, Relaxed);
    BYTES.store(0, Relaxed);
    COUNTING.store(true, Relaxed);
    for _ in 0..CALLS {
        drop(std::hint::black_box(op()));
    }
    COUNTING.store(false, Relaxed);
    let per_op = |total: &AtomicU64| total.load(Relaxed) as f64 / f64::from(CALLS);
    (per_op(&ALLOCATIONS), per_op(&BYTES))
}

/// Counts `op`'s allocations, prints them (the `allocations:` line `benches/peers/compare.py`
/// reads), then times `op` with criterion.
pub fn bench<R>(c: &mut Criterion<WallTime>, name: &str, mut op: impl FnMut() -> R) {
    if fixed_run(name, &mut op) {
        return;
    }
    report_allocations(name, &mut op);
    c.bench_function(name, |b| b.iter(&mut op));
}

/// [`bench`] inside a group (for workloads reported in MB/s).
pub fn bench_in<R>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    mut op: impl FnMut() -> R,
) {
    if fixed_run(name, &mut op) {
        return;
    }
    report_allocations(name, &mut op);
    group.bench_function(name, |b| b.iter(&mut op));
}

/// With `LINEBOT_BENCH_OPS=N` and a filter naming the workload exactly, runs `op` N times
/// without criterion, so that `perf stat` can count cycles per op on a busy machine (where wall
/// time measures the neighbours as much as the code).
fn fixed_run<R>(name: &str, op: &mut impl FnMut() -> R) -> bool {
    let Some(ops) = std::env::var("LINEBOT_BENCH_OPS")
        .ok()
        .and_then(|n| n.parse::<u64>().ok())
    else {
        return false;
    };
    if std::env::args().skip(1).any(|a| a == name) {
        let start = std::time::Instant::now();
        for _ in 0..ops {
            drop(std::hint::black_box(op()));
        }
        println!(
            "fixed: {name} {ops} ops, {:.3} us per op",
            start.elapsed().as_secs_f64() * 1e6 / ops as f64
        );
    }
    true
}

fn report_allocations<R>(name: &str, op: impl FnMut() -> R) {
    let (allocations, bytes) = allocations_per_op(op);
    println!("allocations: {name} {allocations} per op, {bytes} bytes per op");
}

/// A workload file of `benches/data/` (the same bytes the peer scripts in `benches/peers/` read).
pub fn data(name: &str) -> Vec<u8> {
    let path = format!("{}/benches/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

/// An expected output of `benches/data/expected/`, parsed.
pub fn expected(name: &str) -> serde_json::Value {
    serde_json::from_slice(&data(&format!("expected/{name}"))).expect("expected output is JSON")
}
