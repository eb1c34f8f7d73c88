import Foundation
import Learning
import NetworkFiles
import TestSupport
import Testing

/// Weights files on disk: saved atomically, loaded back exactly, and every damaged or foreign file refused.
@Suite struct NetworkFileTests {
    static let network = TinyNetwork(shape: .digits, seed: 8)

    @Test func aSavedNetworkLoadsBackExactly() throws {
        let folder = try TemporaryDirectory(prefix: "network-file")
        let path = folder.path("digits.weights")
        try NetworkFile.save(Self.network, comments: ["seed 8"], to: path, overwrite: false)
        #expect(try NetworkFile.load(from: path) == Self.network)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["digits.weights"], "no temporary file is left")
    }

    @Test func anExistingFileIsReplacedOnlyWhenAsked() throws {
        let folder = try TemporaryDirectory(prefix: "network-file")
        let path = folder.path("digits.weights")
        try NetworkFile.save(Self.network, to: path, overwrite: false)
        let other = TinyNetwork(shape: .digits, seed: 9)
        #expect(throws: NetworkFileError.write(.exists(path: path))) { try NetworkFile.save(other, to: path, overwrite: false) }
        try NetworkFile.save(other, to: path, overwrite: true)
        #expect(try NetworkFile.load(from: path) == other)
    }

    @Test func missingFoldersAndForeignFilesAreRefusedByName() throws {
        let folder = try TemporaryDirectory(prefix: "network-file")
        #expect(throws: NetworkFileError.missing(path: folder.path("none"))) { try NetworkFile.load(from: folder.path("none")) }
        #expect(throws: NetworkFileError.unreadable(path: folder.path)) { try NetworkFile.load(from: folder.path) }
        let binary = folder.path("picture.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: binary))
        #expect(throws: NetworkFileError.notText(path: binary)) { try NetworkFile.load(from: binary) }
    }

    @Test func aTruncatedFileSaysItIsIncompleteWithItsPath() throws {
        let folder = try TemporaryDirectory(prefix: "network-file")
        let path = folder.path("cut.weights")
        let text = WeightFile.encode(Self.network)
        try Data(text.utf8.prefix(text.utf8.count / 2)).write(to: URL(fileURLWithPath: path))
        do {
            _ = try NetworkFile.load(from: path)
            Issue.record("a truncated file was accepted")
        } catch {
            #expect(error == .invalid(path: path, .truncated))
            #expect(error.description.hasPrefix("\(path): the weights file is incomplete"))
        }
    }
}
