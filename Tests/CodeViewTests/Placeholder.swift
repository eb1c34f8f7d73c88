// Tests for the NumPy/PyTorch code view arrive with it.
