#include "logging.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace cutover::app {

namespace {

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static auto qtLogger = spdlog::default_logger()->clone("qt");
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg: qtLogger->debug("{}", text); break;
    case QtInfoMsg: qtLogger->info("{}", text); break;
    case QtWarningMsg: qtLogger->warn("{}", text); break;
    case QtCriticalMsg: qtLogger->error("{}", text); break;
    case QtFatalMsg: qtLogger->critical("{}", text); qtLogger->flush(); break;
    }
    Q_UNUSED(context);
}

} // namespace

QString setUpLogging(const QString& program, bool verbose, bool quietStderr)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
    QDir().mkpath(folder);
    const QString file = folder + QLatin1Char('/') + program + QStringLiteral(".log");

    std::vector<spdlog::sink_ptr> sinks;
    try {
        auto fileSink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(), 5 * 1024 * 1024, 5);
        fileSink->set_level(spdlog::level::debug);
        sinks.push_back(fileSink);
    } catch (const spdlog::spdlog_ex&) {
        // An unwritable data folder must not stop the program; stderr still gets everything.
    }
    auto stderrSink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    stderrSink->set_level(quietStderr ? spdlog::level::err : (verbose ? spdlog::level::debug : spdlog::level::warn));
    sinks.push_back(stderrSink);

    auto logger = std::make_shared<spdlog::logger>("cutover", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%n] %l: %v");
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    spdlog::flush_every(std::chrono::seconds(2));
    qInstallMessageHandler(qtMessageHandler);
    return file;
}

} // namespace cutover::app
