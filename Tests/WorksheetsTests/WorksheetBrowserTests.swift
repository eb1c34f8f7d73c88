import Foundation
import ImageFiles
import LessonTestSupport
import TestSupport
import Testing
import Worksheets

/// The HTML worksheet as a browser prints it: headless Chromium renders it to PDF (one lesson per page at
/// least) and to a screenshot with ink on it. Skipped, with a message, where Chromium is not installed.
@Suite(.enabled(if: Chromium.executable != nil, "chromium is not installed, so the HTML worksheet is not rendered"))
struct WorksheetBrowserTests {
    @Test("Chromium prints a three-lesson worksheet on at least three A4 pages")
    func printsToPDF() throws {
        let (folder, run) = try Self.render { ["--print-to-pdf=\($0.path("worksheet.pdf"))", "--no-pdf-header-footer"] }
        let data = try #require(FileManager.default.contents(atPath: folder.path("worksheet.pdf")), "no PDF: \(run.errors)")
        #expect(data.starts(with: Array("%PDF-".utf8)))
        let pages = Self.pageCount(data)
        #expect(pages >= 3, "\(pages) pages")
        #expect(pages <= 9, "\(pages) pages")
    }

    @Test("Chromium draws the worksheet: a screenshot with text and grid lines on white")
    func drawsAScreenshot() throws {
        let (folder, run) = try Self.render { ["--screenshot=\($0.path("worksheet.png"))", "--window-size=900,1200"] }
        let png = folder.path("worksheet.png")
        #expect(FileManager.default.fileExists(atPath: png), "no screenshot: \(run.errors)")
        let image = try ImageFile.read(png)
        var dark = 0
        for row in 0..<image.height {
            for column in 0..<image.width where image.sample(row: row, column: column, channel: 0) < image.maxValue / 2 { dark += 1 }
        }
        let share = Double(dark) / Double(image.width * image.height)
        // Text and cell borders ink a few per cent of a white page; a blank or unstyled failure page would not.
        #expect(share > 0.01 && share < 0.3, "dark share \(share)")
    }

    /// Writes a three-lesson HTML worksheet into a fresh folder and has headless Chromium open it with the
    /// output flags `flags` gives for that folder.
    private static func render(_ flags: (TemporaryDirectory) -> [String]) throws -> (TemporaryDirectory, CleanProcess.Result) {
        let folder = try TemporaryDirectory(prefix: "worksheet-browser")
        let lessons = try ["multichannel-one-filter", "backward-stride-two", "toy-convnet"].map { try LessonTestSupport.builtin($0) }
        let page = folder.path("worksheet.html")
        try Worksheet(lessons: lessons).render(.html).write(toFile: page, atomically: true, encoding: .utf8)
        let chromium = try #require(Chromium.executable)
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(folder.path("profile"))"]
        let run = try CleanProcess.run(
            chromium.path, arguments: common + flags(folder) + ["file://" + page],
            environment: ["HOME": folder.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
        return (folder, run)
    }

    /// `/Type /Page` objects (not `/Pages`) in a PDF.
    private static func pageCount(_ data: Data) -> Int {
        let text = String(decoding: data, as: UTF8.self)
        var count = 0
        var rest = text[...]
        while let range = rest.range(of: "/Type") {
            let after = rest[range.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\r" }
            if after.hasPrefix("/Page"), !after.hasPrefix("/Pages") { count += 1 }
            rest = rest[range.upperBound...]
        }
        return count
    }
}

/// Headless Chromium, when installed.
enum Chromium {
    /// Its executable, under either of its names.
    static let executable = CleanProcess.executable(named: "chromium") ?? CleanProcess.executable(named: "chromium-browser")
}
