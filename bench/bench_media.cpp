// Copies a Magento-like media tree of many small files with the media copier (hash verification on) and, in the
// same run and on the same disk, with `cp -a`; prints both times, files/s, MB/s and the ratio. Then times a rerun
// (nothing to copy) to show what the incremental check costs before go-live.
//
//   bench_media [--files N] [--threads N] [--dir DIR] [--keep]
//
// Defaults: 50,000 files of 0.5 to 8 KiB under catalog/product/<c>/<c>/, in a temporary folder.

#include "media/mediacopier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace cutover;

namespace {

double seconds(QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1e9;
}

// Peak resident memory of this process so far, in MB (cp runs in a child and is not counted).
double peakMegabytes()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("files"), QStringLiteral("Files."), QStringLiteral("N"), QStringLiteral("50000") });
    parser.addOption({ QStringLiteral("threads"), QStringLiteral("Copying threads (0: automatic)."),
        QStringLiteral("N"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("dir"),
        QStringLiteral("Parent folder of the trees (default: the temporary folder)."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("keep"), QStringLiteral("Keep the trees and print their path.") });
    parser.process(app);

    const qint64 files = parser.value(QStringLiteral("files")).toLongLong();
    const QString parent = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : QDir::tempPath();
    QTemporaryDir work(parent + QStringLiteral("/cutover-bench-media-XXXXXX"));
    work.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    const QString source = work.path() + QStringLiteral("/m1/media");
    const QString viaCp = work.path() + QStringLiteral("/cp-media");
    const QString viaCutover = work.path() + QStringLiteral("/m2/pub/media");

    QElapsedTimer timer;
    timer.start();
    QRandomGenerator rng(42);
    qint64 bytes = 0;
    const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray buffer(8192, Qt::Uninitialized);
    for (qint64 i = 0; i < files; ++i) {
        const char c1 = letters[rng.bounded(36)];
        const char c2 = letters[rng.bounded(36)];
        const QString folder
            = QStringLiteral("%1/catalog/product/%2/%3").arg(source).arg(QLatin1Char(c1)).arg(QLatin1Char(c2));
        QDir().mkpath(folder);
        const int size = 512 + int(rng.bounded(8192 - 512));
        for (int b = 0; b < size; b += 4)
            *reinterpret_cast<quint32*>(buffer.data() + b) = rng.generate();
        QFile file(
            QStringLiteral("%1/%2%3-product-%4.jpg").arg(folder).arg(QLatin1Char(c1)).arg(QLatin1Char(c2)).arg(i));
        if (!file.open(QIODevice::WriteOnly) || file.write(buffer.constData(), size) != size) {
            std::fprintf(stderr, "Could not write %s\n", qPrintable(file.fileName()));
            return 1;
        }
        bytes += size;
    }
    ::sync();
    std::printf(
        "tree: %lld files, %.1f MB, made in %.1f s (%s)\n", files, bytes / 1e6, seconds(timer), qPrintable(source));

    timer.restart();
    const int cp = QProcess::execute(QStringLiteral("cp"), { QStringLiteral("-a"), source, viaCp });
    const double cpSeconds = seconds(timer);
    if (cp != 0) {
        std::fprintf(stderr, "cp -a failed with %d\n", cp);
        return 1;
    }
    ::sync();

    const double peakBefore = peakMegabytes();
    MediaCopyOptions options;
    options.sourceDir = source;
    options.destinationDir = viaCutover;
    options.manifestPath = work.path() + QStringLiteral("/media.manifest");
    options.threads = parser.value(QStringLiteral("threads")).toInt();
    timer.restart();
    const MediaCopyReport first = MediaCopier(options).run();
    const double copySeconds = seconds(timer);
    if (first.status != MediaCopyReport::Succeeded || first.verified != files) {
        std::fprintf(stderr, "media copy failed: %s\n", qPrintable(first.error));
        return 1;
    }
    ::sync();
    timer.restart();
    const MediaCopyReport rerun = MediaCopier(options).run();
    const double rerunSeconds = seconds(timer);

    std::printf(
        "cp -a:           %6.2f s  %8.0f files/s  %6.1f MB/s\n", cpSeconds, files / cpSeconds, bytes / 1e6 / cpSeconds);
    std::printf("cutover media:   %6.2f s  %8.0f files/s  %6.1f MB/s  (%lld copied, %lld verified by hash)\n",
        copySeconds, files / copySeconds, bytes / 1e6 / copySeconds, qint64(first.copied.size()), first.verified);
    std::printf("rerun (no-op):   %6.2f s  (%lld up to date)\n", rerunSeconds, rerun.upToDate);
    std::printf("ratio cutover/cp -a: %.2f (below 1 is faster than cp -a), %d cores\n", copySeconds / cpSeconds,
        QThread::idealThreadCount());
    std::printf("peak memory: %.1f MB (%.1f MB before the copies)\n", peakMegabytes(), peakBefore);
    return 0;
}
