// pressure.ts's PoissonSystem.solve in C++ (flip-solver.h). The matrix-vector product, the updates
// and the dot products run on the pool in fixed chunks of rows; MIC(0)'s two triangular sweeps are
// sequential (each row needs the rows before it), and the second sums r.z as it goes.
#include <algorithm>
#include <cmath>

#include "flip-solver.h"

namespace {
// Rows a chunk: each is worth waking a thread for, and the chunks fix the dot products' order.
constexpr int kChunk = 4096;

// Every chunk's partial results summed in chunk order (or their maximum).
double total(const std::vector<double>& partial, int chunks) {
  double s = 0;
  for (int c = 0; c < chunks; c++) s += partial[c];
  return s;
}

double most(const std::vector<double>& partial, int chunks) {
  double m = 0;
  for (int c = 0; c < chunks; c++) m = std::max(m, partial[c]);
  return m;
}
}  // namespace

// z = M^-1 r (r_ into z_); into rz, r.z.
void FlipSolver::precondition(const int32_t* nb, const double* precon, int rows, double* rz) {
  const double* r = r_.data();
  double* z = z_.data();
  for (int row = 0; row < rows; row++) {
    double t = r[row];
    for (int a = 0; a < 3; a++) {
      const int m = nb[6 * row + 2 * a];
      if (m >= 0) t += precon[m] * z[m];
    }
    z[row] = t * precon[row];
  }
  double sum = 0;
  for (int row = rows - 1; row >= 0; row--) {
    double t = z[row];
    for (int a = 0; a < 3; a++) {
      const int m = nb[6 * row + 2 * a + 1];
      if (m >= 0) t += precon[row] * z[m];
    }
    z[row] = t * precon[row];
    sum += r[row] * z[row];
  }
  *rz = sum;
}

int FlipSolver::solve(const int32_t* nb, const double* diag, const double* precon, int n, const double* b, double* x, double tolerance, int maxIterations) {
  if (static_cast<int>(r_.size()) < n) {
    const size_t m = static_cast<size_t>(n) * 3 / 2 + 1;
    r_.resize(m); z_.resize(m); s_.resize(m); t_.resize(m);
  }
  const int chunks = (n + kChunk - 1) / kChunk;
  partial_.assign(std::max(chunks, 1), 0.0);
  double *r = r_.data(), *z = z_.data(), *s = s_.data(), *t = t_.data();
  double residual = 0;
  for (int q = 0; q < n; q++) {
    x[q] = 0;
    // A cell shut in by solids on every side has no equation (nothing can flow out of it).
    r[q] = diag[q] > 0 ? b[q] : 0;
    residual = std::max(residual, std::fabs(r[q]));
  }
  if (residual <= tolerance) return 0;
  double sigma = 0;
  precondition(nb, precon, n, &sigma);
  std::copy(z, z + n, s);
  const auto chunk = [n](int c, int* begin, int* end) { *begin = c * kChunk; *end = std::min(n, *begin + kChunk); };
  for (int it = 1; it <= maxIterations; it++) {
    // t = A s, and s.t.
    pool_.each(chunks, [&](int c) {
      int begin, end;
      chunk(c, &begin, &end);
      double st = 0;
      for (int row = begin; row < end; row++) {
        double v = diag[row] * s[row];
        for (int e = 0; e < 6; e++) {
          const int m = nb[6 * row + e];
          if (m >= 0) v -= s[m];
        }
        t[row] = v;
        st += s[row] * v;
      }
      partial_[c] = st;
    });
    const double alpha = sigma / total(partial_, chunks);
    if (!std::isfinite(alpha)) return it;
    pool_.each(chunks, [&](int c) {
      int begin, end;
      chunk(c, &begin, &end);
      double m = 0;
      for (int q = begin; q < end; q++) {
        x[q] += alpha * s[q];
        r[q] -= alpha * t[q];
        m = std::max(m, std::fabs(r[q]));
      }
      partial_[c] = m;
    });
    if (most(partial_, chunks) <= tolerance) return it;
    double next = 0;
    precondition(nb, precon, n, &next);
    const double beta = next / sigma;
    sigma = next;
    pool_.each(chunks, [&](int c) {
      int begin, end;
      chunk(c, &begin, &end);
      for (int q = begin; q < end; q++) s[q] = z[q] + beta * s[q];
    });
  }
  return maxIterations;
}
