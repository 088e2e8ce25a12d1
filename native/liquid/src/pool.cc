#include "pool.h"

#include <algorithm>

namespace {
// Loops shorter than this run on the calling thread alone (waking a thread costs more).
constexpr int kMinParallel = 512;
}  // namespace

Pool::Pool(int threads) {
  for (int t = 1; t < threads; t++) workers_.emplace_back([this] { work(); });
}

Pool::~Pool() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  for (auto& w : workers_) w.join();
}

void Pool::drain() {
  for (;;) {
    const int begin = next_.fetch_add(block_);
    if (begin >= n_) return;
    (*body_)(begin, std::min(n_, begin + block_));
  }
}

void Pool::work() {
  unsigned long seen = 0;
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [&] { return stop_ || generation_ != seen; });
      if (stop_) return;
      seen = generation_;
    }
    drain();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (--busy_ == 0) done_.notify_one();
    }
  }
}

void Pool::run(int n, const std::function<void(int, int)>& body) {
  if (workers_.empty() || n < kMinParallel) {
    if (n > 0) body(0, n);
    return;
  }
  // Several blocks per thread, so a slowed thread does not hold the others up for long.
  dispatch(n, std::max(64, n / (8 * threads())), body);
}

void Pool::each(int tasks, const std::function<void(int)>& task) {
  const std::function<void(int, int)> body = [&task](int begin, int end) {
    for (int t = begin; t < end; t++) task(t);
  };
  if (workers_.empty() || tasks < 2) {
    if (tasks > 0) body(0, tasks);
    return;
  }
  dispatch(tasks, 1, body);
}

void Pool::dispatch(int n, int block, const std::function<void(int, int)>& body) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    body_ = &body;
    n_ = n;
    block_ = block;
    next_.store(0);
    busy_ = static_cast<int>(workers_.size());
    generation_++;
  }
  wake_.notify_all();
  drain();
  std::unique_lock<std::mutex> lock(mutex_);
  done_.wait(lock, [&] { return busy_ == 0; });
}
