// A fixed set of worker threads that share out the particles of one loop (std::thread, per the
// native convention): the caller's thread works too, and blocks of particles are handed out one at
// a time, so a core that the machine's other work slows down simply takes fewer blocks. Every
// particle's result depends only on its own index, so the split never changes the numbers.
#pragma once
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

class Pool {
 public:
  explicit Pool(int threads);
  ~Pool();
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;

  int threads() const { return static_cast<int>(workers_.size()) + 1; }
  // Calls body(begin, end) over [0, n) in blocks, on every thread, and returns when all are done.
  void run(int n, const std::function<void(int, int)>& body);
  // Calls task(t) for every t in [0, tasks), one task at a time on whichever thread is free, in
  // parallel from two tasks up (for work split into fixed chunks, each as big as one is worth
  // waking a thread for, whose partial results are then combined in chunk order: flip-pcg.cc).
  void each(int tasks, const std::function<void(int)>& task);

 private:
  void dispatch(int n, int block, const std::function<void(int, int)>& body);
  void work();
  void drain();

  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable done_;
  const std::function<void(int, int)>* body_ = nullptr;
  int n_ = 0;
  int block_ = 0;
  std::atomic<int> next_{0};
  int busy_ = 0;
  unsigned long generation_ = 0;
  bool stop_ = false;
};
