#include "robustness.h"

#include "sheetscore.h"

#include <QtCore/QThread>

#include <algorithm>
#include <atomic>
#include <limits>
#include <thread>
#include <utility>
#include <vector>

namespace parindex {

namespace {
// The largest product of the renormalisation: M_a.raw x f_a x T.raw, with M_a and T at most Bounds::MaxPoints
// (10^7 raw) and f_a at most 20,000: 10^7 x 2 x 10^4 x 10^7 = 2 x 10^18 < 2^63 - 1 (9.22 x 10^18).
constexpr qint64 FactorOne = 10'000;
static_assert(Bounds::MaxPoints.raw() * 2 * FactorOne <= std::numeric_limits<qint64>::max() / Bounds::MaxPoints.raw());

// 64 x 64 -> 128-bit products, for division-free arithmetic in the draws (GCC and Clang).
__extension__ using Wide = unsigned __int128;

// SplitMix64's step: seeds the generators (Steele, Lea, Flood 2014).
quint64 splitMix(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// xoshiro256** (Blackman, Vigna 2018), written out so that a seed gives the same draws with every compiler and
// library (std::uniform_int_distribution does not).
class DrawGenerator
{
public:
    // Stream 0 of a draw draws the areas' factors, stream k + 1 the leaves of the k-th unit of the real ranking.
    DrawGenerator(quint64 seed, int draw, qsizetype stream)
    {
        quint64 s = seed;
        quint64 h = splitMix(s);
        s = h ^ quint64(draw);
        h = splitMix(s);
        s = h ^ quint64(stream);
        for (quint64 &word : m_state)
            word = splitMix(s);
    }
    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    // Uniform in [-w, w] without bias: Lemire's multiply-and-reject (2019), a division only on the rare rejection.
    qint64 within(qint64 w)
    {
        if (w <= 0)
            return 0;
        const quint64 n = quint64(2 * w + 1);
        Wide m = Wide(next()) * n;
        if (quint64(m) < n) {
            const quint64 threshold = (0 - n) % n; // 2^64 mod n
            while (quint64(m) < threshold)
                m = Wide(next()) * n;
        }
        return qint64(m >> 64) - w;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4];
};

// x / d rounded half up (as divideRounded for x >= 0) for a divisor fixed for the whole run, by a multiplication with
// its inverse: floor(2^64 - 1 / d) x x / 2^64 falls short of x / d by less than x / 2^64 + x / d / 2^64 < 2 for
// x < 2^63, and the remainder puts it right. Most of a draw's work is these divisions; a division instruction
// takes several times as long.
class RoundedDivision
{
public:
    explicit RoundedDivision(quint64 d = 1) : m_d(d), m_inverse(~quint64(0) / d) { }
    qint64 operator()(qint64 x) const
    {
        quint64 q = quint64((Wide(quint64(x)) * m_inverse) >> 64);
        quint64 r = quint64(x) - q * m_d;
        while (r >= m_d) {
            ++q;
            r -= m_d;
        }
        return qint64(q + (2 * r >= m_d ? 1 : 0));
    }

private:
    quint64 m_d;
    quint64 m_inverse;
};

// The areas' maxima of one draw, raw, as the header says.
void drawMaxima(
    const std::vector<qint64> &real, qint64 total, qint64 halfWidth, DrawGenerator &generator, std::vector<qint64> &out)
{
    const size_t areas = real.size();
    out.resize(areas);
    std::vector<qint64> weighted(areas);
    qint64 sum = 0;
    for (size_t a = 0; a < areas; ++a) {
        weighted[a] = real[a] * (FactorOne + generator.within(halfWidth));
        sum += weighted[a];
    }
    if (sum == 0) {
        out = real;
        return;
    }
    std::vector<qint64> remainder(areas);
    qint64 given = 0;
    for (size_t a = 0; a < areas; ++a) {
        const qint64 product = weighted[a] * total;
        out[a] = product / sum;
        remainder[a] = product % sum;
        given += out[a];
    }
    // Largest remainders first, the earlier area first among equals.
    for (qint64 left = total - given; left > 0; --left) {
        size_t best = 0;
        for (size_t a = 1; a < areas; ++a) {
            if (remainder[a] > remainder[best])
                best = a;
        }
        ++out[best];
        remainder[best] = -1;
    }
}

// Half-width of a leaf's change in raw ten-thousandths: max x q / 100, rounded down.
qint64 leafWidth(Fixed max, Fixed scores)
{
    return max.raw() * scores.raw() / (100 * Fixed::Scale);
}

// What a draw needs of the period, computed once.
struct Prepared
{
    const CriteriaTree *tree = nullptr;
    const ClassBands *bands = nullptr;
    qsizetype units = 0;
    qsizetype areas = 0;
    std::vector<qint64> realMax; // by area
    std::vector<RoundedDivision> byRealMax; // by area, for areas of more than 0 points
    qint64 total = 0;
    std::vector<qint64> points; // unit x areas + area
    std::vector<qint64> maxima; // unit x areas + area (the unit's applicable maximum of the area)
    // With scores perturbed: every node's points and applicable maximum, unit x nodes + node.
    std::vector<qint64> nodePoints;
    std::vector<qint64> nodeMax;
    std::vector<quint8> nodeNotApplicable;
    std::vector<qsizetype> earningLeaves; // leaves that earn points, tree order
    std::vector<qint64> leafWidths; // by earning leaf
    std::vector<qsizetype> groupsBottomUp; // group nodes, children before parents
    // The children of groupsBottomUp[k]: childOf[childStart[k] ... childStart[k + 1]), deductions marked.
    std::vector<size_t> childStart;
    std::vector<qsizetype> childOf;
    std::vector<quint8> childIsDeduction;
};

// Draw-independent scratch of one thread, and what it counts.
struct Tally
{
    struct Histogram
    {
        int first = 0;
        std::vector<quint32> counts;
        void add(int rank)
        {
            if (counts.empty()) {
                first = rank;
                counts.assign(1, 0);
            } else if (rank < first) {
                counts.insert(counts.begin(), size_t(first - rank), 0);
                first = rank;
            } else if (rank >= first + int(counts.size())) {
                counts.resize(size_t(rank - first + 1), 0);
            }
            ++counts[size_t(rank - first)];
        }
        void merge(const Histogram &other)
        {
            if (other.counts.empty())
                return;
            add(other.first);
            add(other.first + int(other.counts.size()) - 1);
            --counts[size_t(other.first - first)];
            --counts[size_t(other.first + int(other.counts.size()) - 1 - first)];
            for (size_t k = 0; k < other.counts.size(); ++k)
                counts[size_t(other.first - first) + k] += other.counts[k];
        }
    };
    std::vector<Histogram> ranks; // by unit
    std::vector<std::array<int, 5>> classes; // by unit

    // Scratch
    std::vector<qint64> drawn;
    std::vector<qint64> index;
    std::vector<qint64> sorted;
    std::vector<int> higher; // by index in hundredths: how many units have a higher one
    std::vector<qint64> nodes;
};

// The leaves' changes of one unit in one draw, in place: every applicable earning leaf, in tree order.
void changeLeaves(const Prepared &p, const qint64 *max, const quint8 *na, DrawGenerator &generator, qint64 *nodes)
{
    for (size_t k = 0; k < p.earningLeaves.size(); ++k) {
        const qsizetype leaf = p.earningLeaves[k];
        if (!na[leaf])
            nodes[leaf] = std::clamp(nodes[leaf] + generator.within(p.leafWidths[k]), qint64(0), max[leaf]);
    }
}

// Unit u's node points after its leaves' changes of draw `draw`, into `nodes`.
void perturbUnit(const Prepared &p, const RobustnessOptions &options, int draw, qsizetype u, std::vector<qint64> &nodes)
{
    const qsizetype n = p.tree->size();
    const qint64 *real = p.nodePoints.data() + u * n;
    const qint64 *max = p.nodeMax.data() + u * n;
    const quint8 *na = p.nodeNotApplicable.data() + u * n;
    nodes.assign(real, real + n);
    DrawGenerator generator(options.seed, draw, u + 1);
    changeLeaves(p, max, na, generator, nodes.data());
    for (size_t k = 0; k < p.groupsBottomUp.size(); ++k) {
        const qsizetype g = p.groupsBottomUp[k];
        if (na[g])
            continue;
        qint64 earned = 0;
        qint64 deducted = 0;
        for (size_t c = p.childStart[k]; c < p.childStart[k + 1]; ++c) {
            if (p.childIsDeduction[c])
                deducted += nodes[size_t(p.childOf[c])];
            else
                earned += nodes[size_t(p.childOf[c])];
        }
        nodes[size_t(g)] = std::min(max[g], std::max(qint64(0), earned - deducted));
    }
}

void runDraw(const Prepared &p, const RobustnessOptions &options, int draw, Tally &t, RobustnessResult &result)
{
    DrawGenerator generator(options.seed, draw, 0);
    drawMaxima(p.realMax, p.total, options.weights.raw() / 100, generator, t.drawn);
    const bool scores = options.scores > Fixed();
    const QList<qsizetype> &roots = p.tree->roots();
    t.index.resize(size_t(p.units));
    for (qsizetype u = 0; u < p.units; ++u) {
        if (scores)
            perturbUnit(p, options, draw, u, t.nodes);
        qint64 points = 0;
        qint64 max = 0;
        for (qsizetype a = 0; a < p.areas; ++a) {
            const qint64 real = p.realMax[size_t(a)];
            if (real == 0)
                continue;
            const qint64 drawn = t.drawn[size_t(a)];
            const qint64 earned = scores ? t.nodes[size_t(roots[a])] : p.points[size_t(u * p.areas + a)];
            const qint64 applicable = p.maxima[size_t(u * p.areas + a)];
            points += p.byRealMax[size_t(a)](earned * drawn);
            max += applicable == real ? drawn : p.byRealMax[size_t(a)](applicable * drawn);
        }
        t.index[size_t(u)] = Fixed::percent(Fixed::fromRaw(points), Fixed::fromRaw(max)).raw();
    }
    // Competition ranks: 1 + the number of units with a higher index. A large group counts the units at each of the
    // 10,001 indices 0.00 ... 100.00; a small one sorts.
    constexpr qint64 Step = Fixed::Scale / 100; // an index is a whole number of hundredths
    constexpr int Indices = 100 * 100 + 1;
    const bool counting = p.units >= 1024
        && std::all_of(t.index.cbegin(), t.index.cend(), [](qint64 i) { return i >= 0 && i / Step < Indices; });
    if (counting) {
        t.higher.assign(Indices, 0);
        for (qint64 index : t.index)
            ++t.higher[size_t(index / Step)];
        int above = 0;
        for (int i = Indices - 1; i >= 0; --i)
            above += std::exchange(t.higher[size_t(i)], above);
    } else {
        t.sorted = t.index;
        std::sort(t.sorted.begin(), t.sorted.end(), std::greater<>());
    }
    for (qsizetype u = 0; u < p.units; ++u) {
        const qint64 index = t.index[size_t(u)];
        const int rank = 1
            + (counting ? t.higher[size_t(index / Step)]
                        : int(std::lower_bound(t.sorted.begin(), t.sorted.end(), index, std::greater<>())
                            - t.sorted.begin()));
        t.ranks[size_t(u)].add(rank);
        ++t.classes[size_t(u)][size_t(p.bands->classify(Fixed::fromRaw(index)))];
        if (options.keepDraws) { // every draw has its own rows: no two threads write the same
            result.drawIndices[draw][u] = Fixed::fromRaw(index);
            result.drawRanks[draw][u] = rank;
        }
    }
}

// Nearest rank: the smallest rank that at least ceil(percent x draws / 100) draws reach.
int percentile(const Tally::Histogram &h, int percent, int draws)
{
    const qint64 needed = std::max<qint64>(1, (qint64(percent) * draws + 99) / 100);
    qint64 seen = 0;
    for (size_t i = 0; i < h.counts.size(); ++i) {
        seen += h.counts[i];
        if (seen >= needed)
            return h.first + int(i);
    }
    return h.first + int(h.counts.size()) - 1;
}

Prepared prepare(const RankingInput &input, const QList<UnitResult> &ranked, bool scores)
{
    Prepared p;
    p.tree = &input.tree;
    p.bands = &input.bands;
    p.units = ranked.size();
    p.areas = input.tree.roots().size();
    for (qsizetype root : input.tree.roots()) {
        p.realMax.push_back(input.tree.at(root).maxPoints.raw());
        p.byRealMax.emplace_back(quint64(std::max<qint64>(1, p.realMax.back())));
    }
    p.total = input.tree.totalMax().raw();
    p.points.reserve(size_t(p.units * p.areas));
    p.maxima.reserve(size_t(p.units * p.areas));
    for (const UnitResult &r : ranked) {
        for (const AreaResult &area : r.areas) {
            p.points.push_back(area.points.raw());
            p.maxima.push_back(area.max.raw());
        }
    }
    if (!scores)
        return p;
    const qsizetype n = input.tree.size();
    p.nodePoints.reserve(size_t(p.units * n));
    p.nodeMax.reserve(size_t(p.units * n));
    p.nodeNotApplicable.reserve(size_t(p.units * n));
    const ScoreSheet empty;
    for (const UnitResult &r : ranked) {
        const auto sheet = input.sheets.constFind(r.unitCode);
        const SheetScore s = scoreSheet(input.tree, sheet != input.sheets.constEnd() ? *sheet : empty);
        for (qsizetype i = 0; i < n; ++i) {
            p.nodePoints.push_back(s.points[i].raw());
            p.nodeMax.push_back(input.tree.at(i).isDeduction() ? 0 : s.applicableMax[i].raw());
            p.nodeNotApplicable.push_back(s.notApplicable[i] ? 1 : 0);
        }
    }
    for (qsizetype i = n - 1; i >= 0; --i) {
        if (!input.tree.at(i).isGroup())
            continue;
        p.groupsBottomUp.push_back(i);
        p.childStart.push_back(p.childOf.size());
        for (qsizetype child : input.tree.childrenOf(i)) {
            p.childOf.push_back(child);
            p.childIsDeduction.push_back(input.tree.at(child).isDeduction() ? 1 : 0);
        }
    }
    p.childStart.push_back(p.childOf.size());
    return p;
}

void prepareLeaves(Prepared &p, const CriteriaTree &tree, Fixed scores)
{
    for (qsizetype leaf : tree.leaves()) {
        const Criterion &c = tree.at(leaf);
        if (c.isDeduction() || c.isGroup())
            continue;
        p.earningLeaves.push_back(leaf);
        p.leafWidths.push_back(leafWidth(c.maxPoints, scores));
    }
}
} // namespace

Fixed RobustnessResult::share(const UnitRobustness &unit, ClassCode code) const
{
    if (options.draws <= 0)
        return {};
    return Fixed::fromRaw(divideRounded(qint64(unit.classDraws[size_t(code)]) * Fixed::Scale, options.draws));
}

Status Robustness::check(const RobustnessOptions &options)
{
    QStringList problems;
    const auto percentOk = [](Fixed p) { return p >= Fixed() && p <= Fixed::fromInt(100) && p.rounded(2) == p; };
    if (!percentOk(options.weights))
        problems.append(tr("--weights must be a percentage from 0 to 100 with at most two decimals, such as 20%."));
    if (!percentOk(options.scores))
        problems.append(tr("--scores must be a percentage from 0 to 100 with at most two decimals, such as 5%."));
    if (options.draws < 1 || options.draws > RobustnessOptions::MaxDraws)
        problems.append(tr("--draws must be a whole number from 1 to %1.").arg(RobustnessOptions::MaxDraws));
    if (options.seed > RobustnessOptions::MaxSeed)
        problems.append(tr("--seed must be a whole number from 0 to %1.").arg(RobustnessOptions::MaxSeed));
    if (problems.isEmpty())
        return {};
    return Error {Error::Kind::Usage, problems.join(u'\n')};
}

QList<Fixed> Robustness::drawnAreaMaxima(const CriteriaTree &tree, const RobustnessOptions &options, int draw)
{
    std::vector<qint64> real;
    for (qsizetype root : tree.roots())
        real.push_back(tree.at(root).maxPoints.raw());
    DrawGenerator generator(options.seed, draw, 0);
    std::vector<qint64> drawn;
    drawMaxima(real, tree.totalMax().raw(), options.weights.raw() / 100, generator, drawn);
    QList<Fixed> out;
    for (qint64 m : drawn)
        out.append(Fixed::fromRaw(m));
    return out;
}

QList<Fixed> Robustness::drawnNodePoints(
    const CriteriaTree &tree, const SheetScore &score, const RobustnessOptions &options, int draw, qsizetype position)
{
    Prepared p;
    p.tree = &tree;
    p.units = 1;
    for (qsizetype i = 0; i < tree.size(); ++i) {
        p.nodePoints.push_back(score.points[i].raw());
        p.nodeMax.push_back(tree.at(i).isDeduction() ? 0 : score.applicableMax[i].raw());
        p.nodeNotApplicable.push_back(score.notApplicable[i] ? 1 : 0);
    }
    prepareLeaves(p, tree, options.scores);
    // Only the leaves: the groups are what the caller scores again.
    std::vector<qint64> nodes(p.nodePoints);
    DrawGenerator generator(options.seed, draw, position + 1);
    changeLeaves(p, p.nodeMax.data(), p.nodeNotApplicable.data(), generator, nodes.data());
    QList<Fixed> out;
    for (qint64 v : nodes)
        out.append(Fixed::fromRaw(v));
    return out;
}

Result<RobustnessResult> Robustness::run(
    const RankingInput &input, const RobustnessOptions &options, const std::function<bool(int)> &progress)
{
    if (const Status s = check(options); !s)
        return s.error();
    const RankingTable real = computeRanking(input);

    RobustnessResult result;
    result.year = input.year;
    result.groupCode = input.groupCode;
    result.options = options;
    result.bands = input.bands;
    const bool scores = options.scores > Fixed();
    Prepared p = prepare(input, real.ranked, scores);
    if (scores)
        prepareLeaves(p, input.tree, options.scores);

    if (options.keepDraws) {
        result.drawIndices = QList<QList<Fixed>>(options.draws, QList<Fixed>(p.units));
        result.drawRanks = QList<QList<int>>(options.draws, QList<int>(p.units));
        for (qsizetype d = 0; d < options.draws; ++d) { // detached now, so that the threads never copy them
            result.drawIndices[d].detach();
            result.drawRanks[d].detach();
        }
    }
    const int threads = std::max(1, options.threads > 0 ? options.threads : QThread::idealThreadCount());
    std::vector<Tally> tallies(static_cast<size_t>(threads));
    for (Tally &t : tallies) {
        t.ranks.resize(size_t(p.units));
        t.classes.resize(size_t(p.units));
    }
    // Blocks of draws taken in turn by every thread; which thread counts a draw does not change its numbers, and
    // counts add up in any order.
    constexpr int Block = 8;
    std::atomic<int> next {0};
    std::atomic<int> done {0};
    std::atomic<bool> stop {false};
    const auto work = [&](Tally &t, bool reports) {
        while (!stop) {
            const int from = next.fetch_add(Block);
            if (from >= options.draws)
                break;
            const int to = std::min(options.draws, from + Block);
            for (int d = from; d < to; ++d)
                runDraw(p, options, d, t, result);
            done += to - from;
            if (reports && progress && !progress(done))
                stop = true;
        }
    };
    std::vector<std::thread> others;
    for (int i = 1; i < threads; ++i)
        others.emplace_back(work, std::ref(tallies[size_t(i)]), false);
    work(tallies[0], true);
    for (std::thread &t : others)
        t.join();
    if (stop)
        return Error {Error::Kind::Cancelled, tr("The robustness analysis was stopped.")};
    if (progress)
        progress(done);

    for (size_t i = 1; i < tallies.size(); ++i) {
        for (qsizetype u = 0; u < p.units; ++u) {
            tallies[0].ranks[size_t(u)].merge(tallies[i].ranks[size_t(u)]);
            for (size_t c = 0; c < 5; ++c)
                tallies[0].classes[size_t(u)][c] += tallies[i].classes[size_t(u)][c];
        }
    }
    result.units.reserve(p.units);
    for (qsizetype u = 0; u < p.units; ++u) {
        const UnitResult &r = real.ranked[u];
        const Tally::Histogram &h = tallies[0].ranks[size_t(u)];
        UnitRobustness out;
        out.unitCode = r.unitCode;
        out.unitName = r.unitName;
        out.rank = r.rank.value_or(0);
        out.index = r.index;
        out.classCode = r.classCode;
        out.medianRank = percentile(h, 50, options.draws);
        out.p5Rank = percentile(h, 5, options.draws);
        out.p95Rank = percentile(h, 95, options.draws);
        out.bestRank = h.first;
        out.worstRank = h.first + int(h.counts.size()) - 1;
        out.classDraws = tallies[0].classes[size_t(u)];
        result.units.append(std::move(out));
    }
    return result;
}

} // namespace parindex
