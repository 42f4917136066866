#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>

namespace cutover {

/**
 * The generator's random source: seeded, and the same sequence on every platform and compiler (std's
 * distributions are not, so the mapping to ranges is done here).
 */
class Rng {
public:
    explicit Rng(quint64 seed)
        : m_engine(seed)
    {
    }

    /** Uniform integer in [lo, hi]. */
    qint64 range(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        const quint64 span = quint64(hi - lo) + 1;
        return lo + qint64(m_engine() % span);
    }
    /** Uniform real in [0, 1). */
    double real() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    /** Uniform real in [lo, hi), rounded to `places` decimals. */
    double money(double lo, double hi, int places = 2)
    {
        const double scale = places == 2 ? 100.0 : 10000.0;
        return double(qint64((lo + (hi - lo) * real()) * scale)) / scale;
    }
    bool chance(double probability) { return real() < probability; }

    template <typename Container>
    const auto& pick(const Container& items)
    {
        return items[range(0, qint64(items.size()) - 1)];
    }

    quint64 next() { return m_engine(); }

private:
    std::mt19937_64 m_engine;
};

} // namespace cutover
