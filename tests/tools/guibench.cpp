// GUI benchmark (scripts/bench, measurement g): the real MainWindow and AppController compare two
// sides given on the command line (dump folders or instance URLs with a token), offscreen. It
// measures the time from Compare to a filled item list and, with a 1 ms timer on the GUI thread,
// the event-loop latency: the longest stall and the 99th percentile of the gaps between ticks.
//   syncstudio-guibench <left> <right> [--token-env VAR] [--runs N] [--settle MS] [--timeout S]
// A side is a folder path or an http(s) URL (saved as a connection whose token comes from the
// variable, default SYNCSTUDIO_TOKEN). Run 2 and later compare again with a result shown, so
// they include replacing (and freeing) the previous one.
#include "appcontroller.h"
#include "compareitemsmodel.h"
#include "connectionlistmodel.h"
#include "connectionprofile.h"
#include "mainwindow.h"
#include "memorytokenstore.h"
#include "profilestore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace syncstudio;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The CPU time the calling thread has used, in ns.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Gaps between the ticks of a 1 ms timer on the GUI thread: whatever blocks the event loop
// (a model reset, a sort, freeing a result) shows up as one long gap. Each gap also records
// the CPU time the GUI thread used in it: on a loaded machine a long gap with little CPU time
// is the scheduler (the thread waited to run), one with as much CPU time is our own work.
class LatencyProbe final : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this]() {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            if (m_last >= 0)
                m_gaps.push_back({now - m_last, m_last, cpu - m_lastCpu});
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_last = -1;
        m_lastCpu = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    struct Gap
    {
        qint64 length; // ns
        qint64 at;     // ns since start, where it began
        qint64 cpu;    // ns of CPU time the GUI thread used in it
    };
    std::vector<Gap> gaps() const { return m_gaps; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_lastCpu = 0;
    std::vector<Gap> m_gaps;
};

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char **argv)
{
    // Offscreen and with a private settings folder unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SyncStudioBench"));
    QApplication::setApplicationName(QStringLiteral("syncstudio-guibench"));

    QStringList positional;
    QString tokenEnv = QStringLiteral("SYNCSTUDIO_TOKEN");
    int runs = 1;
    int settleMs = 1000;
    int timeoutS = 600;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--token-env") && hasValue)
            tokenEnv = args.at(++i);
        else if (arg == QLatin1String("--runs") && hasValue)
            runs = std::max(1, args.at(++i).toInt());
        else if (arg == QLatin1String("--settle") && hasValue)
            settleMs = args.at(++i).toInt();
        else if (arg == QLatin1String("--timeout") && hasValue)
            timeoutS = args.at(++i).toInt();
        else if (arg.startsWith(QLatin1String("--"))) {
            std::fprintf(stderr, "guibench: unknown option %s\n", qPrintable(arg));
            return 2;
        } else
            positional.append(arg);
    }
    if (positional.size() != 2) {
        std::fprintf(stderr, "usage: syncstudio-guibench <left> <right> [--token-env VAR] "
                             "[--runs N] [--settle MS] [--timeout S]\n");
        return 2;
    }

    ProfileStore profiles(home.filePath(QStringLiteral("connections.ini")));
    MemoryTokenStore keyring;
    MemoryTokenStore fallback;
    QString profileIds[2];
    for (int side = 0; side < 2; ++side) {
        const QString &spec = positional.at(side);
        if (!spec.startsWith(QLatin1String("http://")) &&
            !spec.startsWith(QLatin1String("https://")))
            continue;
        ConnectionProfile profile = ConnectionProfile::create(
            side == 0 ? QStringLiteral("Left") : QStringLiteral("Right"), QUrl(spec));
        profiles.save(profile);
        if (!keyring.writeSync(profile.secretKey(), qEnvironmentVariable(qPrintable(tokenEnv)))
                 .ok()) {
            std::fprintf(stderr, "guibench: cannot keep the token\n");
            return 2;
        }
        profileIds[side] = profile.id;
    }

    MainWindow window;
    AppController controller(&window, &profiles, &keyring, &fallback,
                             home.filePath(QStringLiteral("settings.ini")));
    int rows[2];
    for (int side = 0; side < 2; ++side)
        rows[side] = profileIds[side].isEmpty()
                         ? controller.sidesModel()->addFolder(positional.at(side))
                         : controller.sidesModel()->rowOf(profileIds[side]);
    window.resize(1400, 900);
    window.show();
    window.setSides(rows[0], rows[1]);

    CompareItemsModel *items = controller.itemsModel();
    LatencyProbe probe;
    int failures = 0;
    for (int run = 1; run <= runs; ++run) {
        // Let the window settle (first paint, style polish) before the clock starts.
        QElapsedTimer idle;
        idle.start();
        while (idle.elapsed() < 300)
            QApplication::processEvents(QEventLoop::AllEvents, 50);

        // "Filled": the model holds this run's rows (a re-compare resets it first).
        bool filled = false;
        qint64 filledMs = -1;
        const auto connection =
            QObject::connect(items, &QAbstractItemModel::modelReset, &probe, [&]() {
                if (!filled && items->rowCount() > 0) {
                    filled = true;
                    filledMs = probe.elapsedMs();
                }
            });
        probe.start();
        QTimer::singleShot(0, &controller, [&controller]() { controller.compare(); });
        QElapsedTimer deadline;
        deadline.start();
        qint64 settledAt = -1;
        while (deadline.elapsed() < qint64(timeoutS) * 1000) {
            QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
            if (filled && settledAt < 0)
                settledAt = probe.elapsedMs();
            if (settledAt >= 0 && probe.elapsedMs() - settledAt >= settleMs)
                break;
        }
        probe.stop();
        QObject::disconnect(connection);

        std::vector<LatencyProbe::Gap> gaps = probe.gaps();
        std::vector<qint64> lengths;
        lengths.reserve(gaps.size());
        for (const auto &gap : gaps)
            lengths.push_back(gap.length);
        std::sort(lengths.begin(), lengths.end());
        const double maxMs = lengths.empty() ? 0 : lengths.back() / 1e6;
        const double p99Ms = lengths.empty() ? 0 : lengths.at(lengths.size() * 99 / 100) / 1e6;
        // The five longest gaps by wall time, then by the GUI thread's CPU time.
        const auto topFive = [&gaps](qint64 LatencyProbe::Gap::*by) {
            std::sort(gaps.begin(), gaps.end(),
                      [by](const auto &a, const auto &b) { return a.*by > b.*by; });
            QStringList top;
            for (size_t i = 0; i < std::min<size_t>(5, gaps.size()); ++i)
                top.append(QStringLiteral("%1 ms (CPU %2 ms) at %3 ms")
                               .arg(gaps.at(i).length / 1e6, 0, 'f', 1)
                               .arg(gaps.at(i).cpu / 1e6, 0, 'f', 1)
                               .arg(gaps.at(i).at / 1000000));
            return top;
        };
        const QStringList top = topFive(&LatencyProbe::Gap::length);
        const QStringList busy = topFive(&LatencyProbe::Gap::cpu);
        if (!filled) {
            ++failures;
            out() << "guibench run " << run << ": no filled item list within " << timeoutS
                  << " s (status: see the window)\n";
        }
        out() << QStringLiteral("GUIBENCH run=%1 filled_ms=%2 rows=%3 max_stall_ms=%4 "
                                "p99_ms=%5 ticks=%6 rss_mb=%7\n")
                     .arg(run)
                     .arg(filledMs)
                     .arg(items->rowCount())
                     .arg(maxMs, 0, 'f', 1)
                     .arg(p99Ms, 0, 'f', 1)
                     .arg(gaps.size())
                     .arg(peakRssMb());
        out() << "  longest gaps: " << top.join(QStringLiteral("; ")) << '\n';
        // The stalls that are our own work, whatever the load: the gaps with the most CPU time.
        out() << "  busiest gaps: " << busy.join(QStringLiteral("; ")) << '\n';
        out().flush();
    }
    return failures == 0 ? 0 : 1;
}
