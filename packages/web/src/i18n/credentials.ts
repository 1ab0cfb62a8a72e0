/** Strings of certificate credential signing keys (an institution's page). */
export const credentialsZh = {
  credentials: {
    keysTitle: '证书签名密钥',
    keysHint: '电子证书由本机构的密钥签名，市人社局为每把密钥背书。轮换后新证书用新密钥签名，旧密钥签发的证书仍然有效；私钥从不离开平台。',
    none: '尚未生成：签发第一张电子证书时自动生成。',
    kid: '密钥标识',
    activatedAt: '启用时间',
    retiredAt: '停用时间',
    active: '使用中',
    retired: '已停用',
    rotate: '轮换密钥',
    rotateConfirm: '轮换后，新签发的证书使用新密钥；此前签发的证书仍然有效。确定轮换？',
    rotated: '已轮换签名密钥',
  },
};

export const credentialsEn: typeof credentialsZh = {
  credentials: {
    keysTitle: 'Certificate signing keys',
    keysHint:
      "Electronic certificates are signed with the institution's key, which the city endorses. After a rotation new certificates are signed with the new key and those signed before stay valid; private keys never leave the platform.",
    none: 'None yet: created when the first electronic certificate is signed.',
    kid: 'Key identifier',
    activatedAt: 'In use since',
    retiredAt: 'Retired',
    active: 'In use',
    retired: 'Retired',
    rotate: 'Rotate key',
    rotateConfirm: 'New certificates will be signed with a new key; those already issued stay valid. Rotate now?',
    rotated: 'Signing key rotated',
  },
};
