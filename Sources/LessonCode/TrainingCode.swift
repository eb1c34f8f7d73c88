import CNNEngine
import Learning
import LessonText

/// The tiny network's training loop as a Python program (NumPy with explicit loops, or PyTorch), and the data file
/// it reads: the images, the labels, the starting weights and each epoch's order, so the program replays exactly
/// the run `Trainer` makes and prints the mean loss of every epoch.
public enum TrainingCode {
    /// The network's tensors by their weights-file names (`conv.weight`, …), each as nested arrays.
    static func weights(_ network: TinyNetwork) -> JSONValue {
        .object(
            zip(network.shape.parameterShapes, network.parameters.tensors).map { entry, tensor in
                (entry.name, JSONValue.tensor(tensor.scalars, shape: tensor.shape))
            })
    }

    /// The JSON data file the programs read: `training` and `test` (`images` `[n][1][N][N]`, `labels`), `weights`
    /// (the four starting tensors by name) and `orders` (one list of training indices per epoch).
    public static func data(_ set: DigitSet, network: TinyNetwork, configuration: TrainingConfiguration) -> String {
        func split(_ samples: [DigitSample]) -> JSONValue {
            .object([
                ("images", .array(samples.map { JSONValue.tensor($0.image.scalars, shape: $0.image.shape) })),
                ("labels", .array(samples.map { .number(Double($0.label)) })),
            ])
        }
        let orders = Trainer.epochOrders(count: set.training.count, configuration: configuration)
        return JSONValue.object([
            ("training", split(set.training)), ("test", split(set.test)), ("weights", weights(network)),
            ("orders", .array(orders.map { .array($0.map { .number(Double($0)) }) })),
        ]).serialized() + "\n"
    }

    /// The NumPy program: one image at a time through the lesson's own `conv2d`, `relu`, `maxpool2d`, `linear` and
    /// `cross_entropy` functions and their backward passes; W ← W − (η / n) · Σ gradients after each batch of n.
    public static func numpy(shape: NetworkShape, configuration: TrainingConfiguration) -> String {
        let functions =
            NumPyFunctions.helpers(backward: true) + [
                NumPyFunctions.groupChannels, NumPyFunctions.conv2d, NumPyFunctions.conv2dBackward, NumPyFunctions.reluForward,
                NumPyFunctions.reluBackward, NumPyFunctions.poolGeometry, NumPyFunctions.maxPool2d, NumPyFunctions.maxPool2dBackward,
                NumPyFunctions.linear, NumPyFunctions.linearBackward, NumPyFunctions.softmax, NumPyFunctions.crossEntropy,
            ]
        return [
            header(shape, configuration, framework: "NumPy", requirement: "needs numpy"), "import json\nimport sys\n\nimport numpy as np",
        ]
        .joined(separator: "\n\n") + "\n\n\n" + functions.joined(separator: "\n\n\n") + "\n\n\n" + numpyLoop(shape, configuration) + "\n"
    }

    /// The PyTorch program: each batch stacked, `F.conv2d` → `F.relu` → `F.max_pool2d` → `F.linear` →
    /// `F.cross_entropy` (the batch's mean), autograd, and `torch.optim.SGD`.
    public static func pytorch(shape: NetworkShape, configuration: TrainingConfiguration) -> String {
        [
            header(shape, configuration, framework: "PyTorch", requirement: "needs torch"),
            "import json\nimport sys\n\nimport torch\nimport torch.nn.functional as F", pytorchLoop(shape, configuration),
        ]
        .joined(separator: "\n\n") + "\n"
    }

    private static func header(_ shape: NetworkShape, _ configuration: TrainingConfiguration, framework: String, requirement: String)
        -> String
    {
        PythonLiteral.comment(
            """
            cnn-tutor training loop (\(framework)) of the tiny network:
              conv2d \(shape.filterCount)×\(shape.kernelSize)×\(shape.kernelSize) + bias → relu → maxpool2d \(shape.poolSize) → \
            flatten (\(shape.featureCount)) → linear \(shape.classCount) → cross_entropy
            Mini-batch SGD: batches of \(configuration.batchSize), W <- W - lr * (mean gradient of the batch), \
            lr = \(PythonLiteral.number(configuration.learningRate)), \(configuration.epochs) epoch(s).
            Run it with `python3 FILE.py DATA.json` (\(requirement)); `cnn-tutor train --export-data DATA.json` writes the
            data file: the digits, the starting weights and each epoch's order.
            The last line it prints is JSON: "losses" is the mean cross-entropy of each epoch (each image taken with the
            weights of the moment it was seen), "test_accuracy" the fraction of test digits right after each epoch.
            """)
    }

    private static func numpyLoop(_ shape: NetworkShape, _ configuration: TrainingConfiguration) -> String {
        let pool = "size=(\(shape.poolSize), \(shape.poolSize)), stride=(\(shape.poolSize), \(shape.poolSize)), pad=(0, 0, 0, 0)"
        let geometry = "stride=(1, 1), pad=(0, 0, 0, 0), dilation=(1, 1)"
        return """
            data = json.load(open(sys.argv[1]))
            params = [np.array(data["weights"][name], dtype=float) for name in ("conv.weight", "conv.bias", "dense.weight", "dense.bias")]
            images = [np.array(image, dtype=float) for image in data["training"]["images"]]
            labels = data["training"]["labels"]
            test_images = [np.array(image, dtype=float) for image in data["test"]["images"]]
            lr, batch_size = \(PythonLiteral.number(configuration.learningRate)), \(configuration.batchSize)


            def forward(x, params):
                w1, b1, w5, b5 = params
                z1 = conv2d(x, w1, b1, \(geometry))
                a2 = relu(z1)
                p3 = maxpool2d(a2, \(pool))
                f4 = p3.reshape(-1)
                return z1, a2, p3, f4, linear(f4, w5, b5)


            def gradients(x, t, params):
                \"\"\"The loss of image x with class t and dL/d of every parameter.\"\"\"
                w1, b1, w5, b5 = params
                z1, a2, p3, f4, z5 = forward(x, params)
                dz5 = cross_entropy_backward(z5, t, np.ones(1))
                df4, dw5, db5 = linear_backward(f4, w5, dz5)
                da2 = maxpool2d_backward(a2, df4.reshape(p3.shape), \(pool))
                dz1 = relu_backward(z1, da2)
                _, dw1, db1 = conv2d_backward(x, w1, dz1, \(geometry))
                return cross_entropy(z5, t)[0], [dw1, db1, dw5, db5]


            losses, accuracies = [], []
            for order in data["orders"]:
                total, batch, count = 0.0, [np.zeros_like(p) for p in params], 0
                for position, i in enumerate(order):
                    loss, grads = gradients(images[i], labels[i], params)
                    total += loss
                    batch = [b + g for b, g in zip(batch, grads)]
                    count += 1
                    if count == batch_size or position == len(order) - 1:
                        params = [p - (lr / count) * b for p, b in zip(params, batch)]
                        batch, count = [np.zeros_like(p) for p in params], 0
                losses.append(total / len(order))
                right = sum(int(np.argmax(forward(x, params)[-1]) == t) for x, t in zip(test_images, data["test"]["labels"]))
                accuracies.append(right / len(test_images))
                print(f"epoch {len(losses)}: loss {losses[-1]:.4f}, test accuracy {100 * accuracies[-1]:.1f} %")

            print(json.dumps({"losses": losses, "test_accuracy": accuracies, "weights": [p.tolist() for p in params]}))
            """
    }

    private static func pytorchLoop(_ shape: NetworkShape, _ configuration: TrainingConfiguration) -> String {
        """
        torch.set_default_dtype(torch.float64)
        data = json.load(open(sys.argv[1]))
        params = [torch.tensor(data["weights"][name], requires_grad=True) for name in ("conv.weight", "conv.bias", "dense.weight", "dense.bias")]
        images, labels = torch.tensor(data["training"]["images"]), torch.tensor(data["training"]["labels"], dtype=torch.long)
        test_images, test_labels = torch.tensor(data["test"]["images"]), torch.tensor(data["test"]["labels"], dtype=torch.long)
        batch_size = \(configuration.batchSize)
        optimizer = torch.optim.SGD(params, lr=\(PythonLiteral.number(configuration.learningRate)))  # plain SGD: W <- W - lr * dL/dW


        def logits(x):
            w1, b1, w5, b5 = params
            a = F.max_pool2d(F.relu(F.conv2d(x, w1, b1)), \(shape.poolSize))
            return F.linear(a.flatten(1), w5, b5)


        losses, accuracies = [], []
        for order in data["orders"]:
            total = 0.0
            for start in range(0, len(order), batch_size):
                batch = torch.tensor(order[start:start + batch_size])
                optimizer.zero_grad()
                loss = F.cross_entropy(logits(images[batch]), labels[batch])  # the batch's mean loss
                loss.backward()
                optimizer.step()
                total += loss.item() * len(batch)
            losses.append(total / len(order))
            with torch.no_grad():
                accuracies.append((logits(test_images).argmax(1) == test_labels).double().mean().item())
            print(f"epoch {len(losses)}: loss {losses[-1]:.4f}, test accuracy {100 * accuracies[-1]:.1f} %")

        print(json.dumps({"losses": losses, "test_accuracy": accuracies, "weights": [p.tolist() for p in params]}))
        """
    }
}
